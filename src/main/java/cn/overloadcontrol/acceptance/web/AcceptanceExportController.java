package cn.overloadcontrol.acceptance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.overloadcontrol.acceptance.AcceptanceService;
import cn.overloadcontrol.acceptance.AcceptanceView;
import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Downloads of an acceptance report as .docx and .xlsx; each download is audited. */
@Controller
@PreAuthorize("hasAuthority('acceptance:view')")
class AcceptanceExportController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AcceptanceService acceptances;
    private final AuditLog auditLog;
    private final ReportText text;

    AcceptanceExportController(AcceptanceService acceptances, AuditLog auditLog, MessageSource messages) {
        this.acceptances = acceptances;
        this.auditLog = auditLog;
        this.text = new ReportText(messages);
    }

    @GetMapping("/acceptances/{id}/report.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id) throws IOException {
        AcceptanceView acceptance = acceptances.view(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AcceptanceDocx(text).write(acceptance, out);
        return download(acceptance, out.toByteArray(), DOCX, "docx");
    }

    @GetMapping("/acceptances/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) throws IOException {
        AcceptanceView acceptance = acceptances.view(id);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AcceptanceXlsx(text).write(acceptance, out);
        return download(acceptance, out.toByteArray(), XLSX, "xlsx");
    }

    private ResponseEntity<byte[]> download(AcceptanceView acceptance, byte[] content, MediaType type,
            String extension) {
        auditLog.record(AuditEntry.success(AuditAction.EXPORT, "acceptance", acceptance.id(), acceptance.unitName())
                .withDetail("report." + extension));
        String fileName = text.get("acceptance.report.fileName", acceptance.unitName(), acceptance.id()) + "."
                + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}

package cn.overloadcontrol.sourceunit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.sourceunit.SourceUnitQueries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The ledger as an Excel file, with the filters of the list and within the user's scope. Rows
 * stream from a database cursor into SXSSF's row window, so a large ledger never sits in memory.
 */
@Controller
class UnitExportController {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final SourceUnitQueries queries;
    private final MessageSourceAccessor messages;

    UnitExportController(SourceUnitQueries queries, MessageSource messageSource) {
        this.queries = queries;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @GetMapping("/units/export.xlsx")
    @PreAuthorize("hasAuthority('unit:export')")
    void export(@ModelAttribute("filter") UnitFilter filter, HttpServletResponse response) throws IOException {
        String title = messages.getMessage("unit.export.sheet");
        try (XlsxStreamWriter writer = new XlsxStreamWriter(title, LedgerSheet.ledgerColumns())) {
            queries.exportMatching(filter.toQuery(), row -> writer.writeRow(LedgerSheet.ledgerValues(row, messages)));
            sendFile(response, title, writer);
        }
    }

    /** Sends a finished workbook as a download named "<title>-<yyyyMMdd>.xlsx". */
    static void sendFile(HttpServletResponse response, String title, XlsxStreamWriter writer) throws IOException {
        String fileName = title + "-" + LocalDate.now(UnitDetailController.CHINA).format(DateTimeFormatter.BASIC_ISO_DATE)
                + ".xlsx";
        response.setContentType(XLSX_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        writer.writeTo(out);
        out.flush();
    }
}

package cn.overloadcontrol.weighing.web;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.sourceunit.UnitRef;
import cn.overloadcontrol.weighing.ingest.RecordFilter;
import cn.overloadcontrol.weighing.ingest.RecordRow;
import cn.overloadcontrol.weighing.ingest.RecordSearch;
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
 * Exports the filtered record list to xlsx. Rows go from a database cursor straight into the
 * streaming writer, so a million records take no more memory than a thousand.
 */
@Controller
@PreAuthorize("hasAuthority('weighing:view')")
class RecordExportController {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String AUDIT_TYPE = "weighing_record";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final List<String> HEADERS = List.of("records.weighedAt", "records.recordNumber",
            "records.plate", "weighings.field.unit", "weighings.field.station", "records.grossT", "records.limitT",
            "records.excessRate", "records.verdict", "records.flags", "records.driver", "correction.column");

    private final RecordSearch records;
    private final AuditLog audit;
    private final MessageSourceAccessor messages;
    private final ScreenOptions options;

    RecordExportController(RecordSearch records, AuditLog audit, MessageSource messageSource, ScreenOptions options) {
        this.records = records;
        this.options = options;
        this.audit = audit;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @GetMapping("/weighings/export.xlsx")
    void export(@ModelAttribute("filter") RecordFilter filter, HttpServletResponse response) throws IOException {
        String title = messages.getMessage("weighings.title");
        DataScope scope = CurrentUsers.scope();
        Map<Long, String> unitNames = options.units(scope).stream()
                .collect(Collectors.toMap(UnitRef::id, UnitRef::name, (a, b) -> a));
        try (XlsxStreamWriter writer = new XlsxStreamWriter(title, columns())) {
            records.forEach(filter, scope, item -> writer.writeRow(values(item.row(),
                    unitNames.getOrDefault(item.unitId(), String.valueOf(item.unitId())), item.stationId())));
            audit.record(AuditEntry.success(AuditAction.EXPORT, AUDIT_TYPE, null, null)
                    .withDetail("rows=" + writer.dataRowCount() + " " + filter.describe()));
            send(response, title, writer);
        }
    }

    private List<XlsxStreamWriter.Column> columns() {
        return HEADERS.stream().map(key -> new XlsxStreamWriter.Column(messages.getMessage(key), 16)).toList();
    }

    /**
     * Tonnes with two decimals as on screen, and driver data masked as in every list. A corrected
     * record shows its latest revision's plate and judgement, marked in the last column.
     */
    private List<Object> values(RecordRow row, String unitName, long stationId) {
        return Arrays.asList(row.weighedAt().toLocalDateTime(), row.recordNumber(), row.plateNumber(),
                unitName, stationId, tonnes(row.grossKg()), row.limitKg() == null ? null : tonnes(row.limitKg()),
                row.excessRate(), messages.getMessage("records.verdict." + row.verdict().name()),
                String.join(" ", row.flags().stream()
                        .map(flag -> messages.getMessage("records.flag." + flag.name())).toList()),
                row.driverName() == null ? null : row.driverName() + " " + (row.driverPhone() == null ? ""
                        : row.driverPhone()),
                row.corrected() ? messages.getMessage("correction.badge", new Object[] {row.revisionNo()}) : null);
    }

    private static BigDecimal tonnes(int kg) {
        return BigDecimal.valueOf(kg, 3).setScale(2, RoundingMode.HALF_UP);
    }

    private static void send(HttpServletResponse response, String title, XlsxStreamWriter writer)
            throws IOException {
        String fileName = title + "-" + LocalDate.now(CHINA).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        writer.writeTo(out);
        out.flush();
    }
}

package cn.overloadcontrol.report.web;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.report.AreaProgress;
import cn.overloadcontrol.report.Milestone;
import cn.overloadcontrol.report.OverdueUnit;
import cn.overloadcontrol.report.ProgressBoardView;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The progress board and its overdue units as Excel downloads; each download is audited. */
@Component
class ProgressSheets {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The percentage cell of a milestone no unit is expected to reach, as on the board. */
    private static final String NOTHING_DUE = "—";

    private final MessageSourceAccessor messages;
    private final AuditLog auditLog;

    ProgressSheets(MessageSource messageSource, AuditLog auditLog) {
        this.messages = new MessageSourceAccessor(messageSource);
        this.auditLog = auditLog;
    }

    /** Sends one row per area and the total row, with a count and a percentage per milestone. */
    void sendBoard(ProgressBoardView board, HttpServletResponse response) throws IOException {
        List<XlsxStreamWriter.Column> columns = new ArrayList<>();
        columns.add(new XlsxStreamWriter.Column(messages.getMessage("report.progress.area"), 16));
        columns.add(new XlsxStreamWriter.Column(messages.getMessage("report.progress.units"), 10));
        columns.add(new XlsxStreamWriter.Column(messages.getMessage("report.progress.drawn"), 10));
        for (Milestone milestone : Milestone.values()) {
            String name = messages.getMessage(milestone.messageKey());
            columns.add(new XlsxStreamWriter.Column(name, 10));
            columns.add(new XlsxStreamWriter.Column(messages.getMessage("report.progress.percentOf", new Object[] {name}), 10));
        }
        String title = messages.getMessage("report.progress.sheet");
        try (XlsxStreamWriter writer = new XlsxStreamWriter(title, columns)) {
            for (AreaProgress area : board.areas()) {
                writer.writeRow(rowOf(area.areaName(), area));
            }
            writer.writeRow(rowOf(messages.getMessage("report.progress.total"), board.total()));
            audit(title, board.areas().size());
            send(response, title, board.day(), writer);
        }
    }

    /** Sends one row per overdue unit with a mark under each missed milestone. */
    void sendOverdue(List<OverdueUnit> units, LocalDate day, HttpServletResponse response) throws IOException {
        List<XlsxStreamWriter.Column> columns = new ArrayList<>(List.of(
                new XlsxStreamWriter.Column(messages.getMessage("report.progress.area"), 16),
                new XlsxStreamWriter.Column(messages.getMessage("report.overdue.unitName"), 36),
                new XlsxStreamWriter.Column(messages.getMessage("report.overdue.creditCode"), 22)));
        for (Milestone milestone : Milestone.values()) {
            columns.add(new XlsxStreamWriter.Column(messages.getMessage(milestone.messageKey()), 10));
        }
        String title = messages.getMessage("report.overdue.sheet");
        String missedMark = messages.getMessage("report.overdue.missed");
        try (XlsxStreamWriter writer = new XlsxStreamWriter(title, columns)) {
            for (OverdueUnit unit : units) {
                List<Object> values = new ArrayList<>(List.of(unit.areaName(), unit.name(), unit.creditCode()));
                for (Milestone milestone : Milestone.values()) {
                    values.add(unit.missed(milestone) ? missedMark : "");
                }
                writer.writeRow(values);
            }
            audit(title, units.size());
            send(response, title, day, writer);
        }
    }

    private static List<Object> rowOf(String label, AreaProgress area) {
        List<Object> values = new ArrayList<>(List.of(label, area.units(), area.drawn()));
        for (Milestone milestone : Milestone.values()) {
            values.add(area.count(milestone));
            values.add(area.due(milestone) ? area.percent(milestone) : NOTHING_DUE);
        }
        return values;
    }

    private void audit(String title, int rows) {
        auditLog.record(AuditEntry.success(AuditAction.EXPORT, "report", null, title)
                .withDetail(messages.getMessage("report.export.rows", new Object[] {rows})));
    }

    /** Sends a finished workbook as a download named "<title>-<yyyyMMdd>.xlsx". */
    private static void send(HttpServletResponse response, String title, LocalDate day, XlsxStreamWriter writer)
            throws IOException {
        String fileName = title + "-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
        response.setContentType(XLSX_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        OutputStream out = response.getOutputStream();
        writer.writeTo(out);
        out.flush();
    }
}

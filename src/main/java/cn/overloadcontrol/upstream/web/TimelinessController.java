package cn.overloadcontrol.upstream.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import cn.overloadcontrol.upstream.status.TimelinessQueries;
import cn.overloadcontrol.upstream.status.TimelinessRow;
import cn.overloadcontrol.upstream.target.TargetStore;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Upload timeliness (上报及时性) per target, unit and day: p50 and p95 of the delay and the share
 * within 5 minutes, on screen and as an xlsx file. A range longer than {@value #MAX_DAYS} days
 * is cut to its last {@value #MAX_DAYS} days.
 */
@Controller
@PreAuthorize("hasAuthority('upstream:view')")
class TimelinessController {

    static final String VIEW = "upstream/timeliness";
    static final int MAX_DAYS = 92;

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final TimelinessQueries timeliness;
    private final TargetStore targets;
    private final AuditLog audit;
    private final MessageSource messages;

    TimelinessController(TimelinessQueries timeliness, TargetStore targets, AuditLog audit, MessageSource messages) {
        this.timeliness = timeliness;
        this.targets = targets;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/upstream/timeliness")
    String show(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long targetId, Model model) {
        Range range = Range.of(from, to);
        model.addAttribute("from", range.from());
        model.addAttribute("to", range.to());
        model.addAttribute("targetId", targetId);
        model.addAttribute("targets", targets.all());
        model.addAttribute("rows", timeliness.rows(range.from(), range.to(), targetId));
        return VIEW;
    }

    @GetMapping("/upstream/timeliness.xlsx")
    void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long targetId, HttpServletResponse response) throws IOException {
        Range range = Range.of(from, to);
        List<TimelinessRow> rows = timeliness.rows(range.from(), range.to(), targetId);
        String fileName = "upload-timeliness-" + range.from() + "-" + range.to() + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        try (XlsxStreamWriter writer = new XlsxStreamWriter(message("upstream.timeliness.title"), List.of(
                column("upstream.timeliness.day", 12), column("upstream.target", 14),
                column("upstream.timeliness.unit", 30), column("upstream.timeliness.records", 10),
                column("upstream.timeliness.delivered", 10), column("upstream.timeliness.p50", 12),
                column("upstream.timeliness.p95", 12), column("upstream.timeliness.within5", 14)));
             OutputStream out = response.getOutputStream()) {
            for (TimelinessRow row : rows) {
                writer.writeRow(row.day(), row.targetName(), row.unitName(), row.records(), row.delivered(),
                        row.p50Seconds(), row.p95Seconds(), row.withinFiveMinutesPercent());
            }
            writer.writeTo(out);
        }
        audit.record(AuditEntry.success(AuditAction.EXPORT, "upstream_timeliness", null, fileName)
                .withDetail(rows.size() + " rows"));
    }

    private XlsxStreamWriter.Column column(String key, int width) {
        return new XlsxStreamWriter.Column(message(key), width);
    }

    private String message(String key) {
        return messages.getMessage(key, null, LocaleContextHolder.getLocale());
    }

    /** The day range shown: the last 7 days by default, swapped when reversed, at most MAX_DAYS long. */
    record Range(LocalDate from, LocalDate to) {

        static Range of(LocalDate from, LocalDate to) {
            LocalDate end = to != null ? to : LocalDate.now(CHINA);
            LocalDate start = from != null ? from : end.minusDays(6);
            if (start.isAfter(end)) {
                LocalDate swap = start;
                start = end;
                end = swap;
            }
            if (start.isBefore(end.minusDays(MAX_DAYS - 1))) {
                start = end.minusDays(MAX_DAYS - 1);
            }
            return new Range(start, end);
        }
    }
}

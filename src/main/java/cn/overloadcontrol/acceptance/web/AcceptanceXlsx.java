package cn.overloadcontrol.acceptance.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.overloadcontrol.acceptance.AcceptanceItemView;
import cn.overloadcontrol.acceptance.AcceptanceView;
import cn.overloadcontrol.acceptance.RectificationView;
import cn.overloadcontrol.common.excel.XlsxStreamWriter;

/**
 * Writes the acceptance report as one sheet: one row per checklist item with the unit and result,
 * then the test period and conclusion, then the rectification tasks.
 */
final class AcceptanceXlsx {

    private final ReportText text;

    AcceptanceXlsx(ReportText text) {
        this.text = text;
    }

    void write(AcceptanceView acceptance, OutputStream out) throws IOException {
        List<XlsxStreamWriter.Column> columns = List.of(
                new XlsxStreamWriter.Column(text.get("acceptance.unit"), 30),
                new XlsxStreamWriter.Column(text.get("acceptance.scheduledOn"), 12),
                new XlsxStreamWriter.Column(text.get("acceptance.item.position"), 6),
                new XlsxStreamWriter.Column(text.get("acceptance.item.title"), 36),
                new XlsxStreamWriter.Column(text.get("acceptance.item.method"), 10),
                new XlsxStreamWriter.Column(text.get("acceptance.item.outcome"), 10),
                new XlsxStreamWriter.Column(text.get("acceptance.item.measured"), 40),
                new XlsxStreamWriter.Column(text.get("acceptance.item.notes"), 40),
                new XlsxStreamWriter.Column(text.get("acceptance.item.recordedBy"), 12),
                new XlsxStreamWriter.Column(text.get("acceptance.result"), 10),
                new XlsxStreamWriter.Column(text.get("checklist.guidance"), 36),
                new XlsxStreamWriter.Column(text.get("acceptance.item.recordedAt"), 20));
        try (XlsxStreamWriter writer = new XlsxStreamWriter(text.get("acceptance.report.sheet"), columns)) {
            for (AcceptanceItemView item : acceptance.items()) {
                writer.writeRow(acceptance.unitName(), acceptance.scheduledOn(), item.position(), item.title(),
                        text.method(item), text.get(item.outcome().messageKey()), item.measured(), item.notes(),
                        item.recordedBy(), text.result(acceptance), item.guidance(),
                        item.recordedAt() == null ? null : item.recordedAt().toLocalDateTime());
            }
            writeConclusion(writer, acceptance);
            writeRectifications(writer, acceptance.rectifications());
            writer.writeTo(out);
        }
    }

    /** Writes the test period and the conclusion below the items, one labelled row each. */
    private void writeConclusion(XlsxStreamWriter writer, AcceptanceView acceptance) {
        writer.writeRow();
        if (acceptance.periodFrom() != null && acceptance.periodTo() != null) {
            writer.writeRow(text.get("acceptance.period"), acceptance.periodFrom().format(ReportText.TIME) + " — "
                    + acceptance.periodTo().format(ReportText.TIME));
        }
        writer.writeRow(text.get("acceptance.conclusion"), text.result(acceptance));
        if (acceptance.concludedAt() != null) {
            writer.writeRow(text.get("acceptance.concludedAt"), acceptance.concludedAt().toLocalDateTime());
            writer.writeRow(text.get("acceptance.concludedBy"), acceptance.concludedBy());
        }
        if (acceptance.conclusionNotes() != null) {
            writer.writeRow(text.get("acceptance.conclusionNotes"), acceptance.conclusionNotes());
        }
    }

    /** Writes the rectification tasks the acceptance created or checks again, under their own header row. */
    private void writeRectifications(XlsxStreamWriter writer, List<RectificationView> rectifications) {
        if (rectifications.isEmpty()) {
            return;
        }
        writer.writeRow();
        writer.writeRow(text.get("rectification.title"), text.get("rectification.item"),
                text.get("rectification.requirement"), text.get("rectification.deadline"),
                text.get("rectification.status"));
        for (RectificationView task : rectifications) {
            writer.writeRow(null, task.title(), task.requirement(), task.deadline(),
                    text.get(task.status().messageKey()));
        }
    }
}

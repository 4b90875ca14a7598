package cn.overloadcontrol.acceptance.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.overloadcontrol.acceptance.AcceptanceItemView;
import cn.overloadcontrol.acceptance.AcceptanceView;
import cn.overloadcontrol.common.excel.XlsxStreamWriter;

/** Writes the acceptance report as one sheet: the unit and result, then one row per checklist item. */
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
                new XlsxStreamWriter.Column(text.get("acceptance.result"), 10));
        try (XlsxStreamWriter writer = new XlsxStreamWriter(text.get("acceptance.report.sheet"), columns)) {
            for (AcceptanceItemView item : acceptance.items()) {
                writer.writeRow(acceptance.unitName(), acceptance.scheduledOn(), item.position(), item.title(),
                        text.method(item), text.get(item.outcome().messageKey()), item.measured(), item.notes(),
                        item.recordedBy(), text.result(acceptance));
            }
            writer.writeTo(out);
        }
    }
}

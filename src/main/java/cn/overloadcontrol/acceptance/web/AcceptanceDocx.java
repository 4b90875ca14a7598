package cn.overloadcontrol.acceptance.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import cn.overloadcontrol.acceptance.AcceptanceItemView;
import cn.overloadcontrol.acceptance.AcceptanceView;
import cn.overloadcontrol.acceptance.RectificationView;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes the acceptance report (验收报告) as a Word document with POI's XWPF. */
final class AcceptanceDocx {

    private final ReportText text;

    AcceptanceDocx(ReportText text) {
        this.text = text;
    }

    void write(AcceptanceView acceptance, OutputStream out) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            heading(document, text.title(acceptance));
            facts(document, acceptance);
            items(document, acceptance.items());
            rectifications(document, acceptance.rectifications());
            conclusion(document, acceptance);
            document.write(out);
        }
    }

    private void heading(XWPFDocument document, String title) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setFontSize(16);
        run.setText(title);
    }

    private void facts(XWPFDocument document, AcceptanceView acceptance) {
        XWPFTable table = document.createTable(5, 2);
        setRow(table.getRow(0), text.get("acceptance.unit"), acceptance.unitName());
        setRow(table.getRow(1), text.get("acceptance.creditCode"), ReportText.orEmpty(acceptance.creditCode()));
        setRow(table.getRow(2), text.get("acceptance.area"), acceptance.areaName());
        setRow(table.getRow(3), text.get("acceptance.scheduledOn"), acceptance.scheduledOn().format(ReportText.DATE));
        setRow(table.getRow(4), text.get("acceptance.inspectors"), acceptance.inspectors());
        if (acceptance.periodFrom() != null) {
            setRow(table.createRow(), text.get("acceptance.period"), acceptance.periodFrom().format(ReportText.TIME)
                    + " — " + acceptance.periodTo().format(ReportText.TIME));
        }
    }

    private void items(XWPFDocument document, List<AcceptanceItemView> items) {
        section(document, text.get("acceptance.items"));
        XWPFTable table = document.createTable(1, 7);
        setRow(table.getRow(0), text.get("acceptance.item.position"), text.get("acceptance.item.title"),
                text.get("checklist.guidance"), text.get("acceptance.item.method"),
                text.get("acceptance.item.outcome"), text.get("acceptance.item.findings"),
                text.get("acceptance.item.recordedBy"));
        for (AcceptanceItemView item : items) {
            setRow(table.createRow(), Integer.toString(item.position()), item.title(),
                    ReportText.orEmpty(item.guidance()), text.method(item), text.get(item.outcome().messageKey()),
                    findings(item), text.recorded(item));
        }
    }

    private void rectifications(XWPFDocument document, List<RectificationView> rectifications) {
        if (rectifications.isEmpty()) {
            return;
        }
        section(document, text.get("rectification.title"));
        XWPFTable table = document.createTable(1, 4);
        setRow(table.getRow(0), text.get("rectification.item"), text.get("rectification.requirement"),
                text.get("rectification.deadline"), text.get("rectification.status"));
        for (RectificationView task : rectifications) {
            setRow(table.createRow(), task.title(), ReportText.orEmpty(task.requirement()),
                    task.deadline().format(ReportText.DATE), text.get(task.status().messageKey()));
        }
    }

    private void conclusion(XWPFDocument document, AcceptanceView acceptance) {
        section(document, text.get("acceptance.conclusion"));
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(true);
        run.setText(text.get("acceptance.report.result", text.result(acceptance)));
        if (acceptance.conclusionNotes() != null) {
            document.createParagraph().createRun().setText(acceptance.conclusionNotes());
        }
        if (acceptance.concludedAt() != null) {
            document.createParagraph().createRun().setText(text.get("acceptance.report.concludedBy",
                    ReportText.orEmpty(acceptance.concludedBy()), acceptance.concludedAt().format(ReportText.TIME)));
        }
    }

    private static String findings(AcceptanceItemView item) {
        StringBuilder findings = new StringBuilder(ReportText.orEmpty(item.measured()));
        if (item.notes() != null) {
            findings.append(findings.isEmpty() ? "" : "；").append(item.notes());
        }
        return findings.toString();
    }

    private static void section(XWPFDocument document, String title) {
        XWPFRun run = document.createParagraph().createRun();
        run.setBold(true);
        run.setFontSize(12);
        run.setText(title);
    }

    private static void setRow(XWPFTableRow row, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (row.getCell(i) == null) {
                row.addNewTableCell();
            }
            row.getCell(i).setText(cells[i]);
        }
    }
}

package cn.overloadcontrol.acceptance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.overloadcontrol.acceptance.SampleDraw;
import cn.overloadcontrol.acceptance.SampledUnit;
import cn.overloadcontrol.acceptance.SamplingDrawView;
import cn.overloadcontrol.common.excel.XlsxStreamWriter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sample list for the upper levels as .xlsx. The first sheet lists the sampled units with
 * their results. The second gives the draw's method, seed and input digest above the whole input
 * list (credit code, stratum, rank key, drawn), so that an auditor can re-check the draw outside
 * the platform. Both sheets state whether the draw is still valid, and the second also names the
 * drawing user, the time and, for a redraw, the replaced draw and the reason. Input lists are a county's accepted units, so the workbook is built in memory.
 */
final class SamplingWorkbook {

    private final ReportText text;
    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle bold;

    SamplingWorkbook(ReportText text) {
        this.text = text;
        Font font = workbook.createFont();
        font.setBold(true);
        this.bold = workbook.createCellStyle();
        this.bold.setFont(font);
    }

    /** Builds the workbook of a draw and returns its bytes. */
    byte[] build(SamplingDrawView draw, String levelLabel, List<SampleDraw.Candidate> input) throws IOException {
        writeSample(draw, levelLabel);
        writeInput(draw, levelLabel, input);
        try (workbook; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private void writeSample(SamplingDrawView draw, String levelLabel) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(
                text.get("sampling.export.sheet", levelLabel)));
        header(sheet, 0, List.of("sampling.export.number", "acceptance.unit", "acceptance.creditCode",
                "acceptance.area", "sampling.stratum", "sampling.result", "sampling.inspectedOn",
                "sampling.result.notes", "sampling.level", "sampling.method", "sampling.seed", "sampling.status"),
                List.of(6, 30, 22, 14, 20, 10, 12, 30, 14, 16, 34, 30));
        String status = status(draw);
        int number = 1;
        for (SampledUnit unit : draw.units()) {
            values(sheet.createRow(number), number, unit.name(), unit.creditCode(), unit.areaName(), unit.stratum(),
                    text.get("sampling.outcome." + unit.outcome()),
                    unit.inspectedOn() == null ? null : ReportText.DATE.format(unit.inspectedOn()), unit.notes(),
                    levelLabel, draw.method(), draw.seed(), status);
            number++;
        }
        sheet.createFreezePane(0, 1);
    }

    private void writeInput(SamplingDrawView draw, String levelLabel, List<SampleDraw.Candidate> input) {
        Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(text.get("sampling.export.inputSheet")));
        int rowIndex = 0;
        rowIndex = fact(sheet, rowIndex, "sampling.level", levelLabel);
        rowIndex = fact(sheet, rowIndex, "sampling.method", draw.method());
        // The seed is written unescaped, because the auditor re-computes with it character for
        // character; a string cell is never evaluated as a formula.
        Row seedRow = sheet.createRow(rowIndex++);
        seedRow.createCell(0).setCellValue(text.get("sampling.seed"));
        seedRow.getCell(0).setCellStyle(bold);
        seedRow.createCell(1).setCellValue(draw.seed());
        rowIndex = fact(sheet, rowIndex, "sampling.rate", draw.ratePercent().stripTrailingZeros().toPlainString() + "%");
        rowIndex = fact(sheet, rowIndex, "sampling.stratifyBy", text.get(draw.stratifyBy().messageKey()));
        rowIndex = fact(sheet, rowIndex, "sampling.export.inputDigest", draw.inputSha256());
        rowIndex = fact(sheet, rowIndex, "sampling.size", text.get("sampling.sizeOf", draw.sampleSize(),
                draw.inputSize()));
        rowIndex = fact(sheet, rowIndex, "sampling.export.drawNumber", Long.toString(draw.id()));
        rowIndex = fact(sheet, rowIndex, "sampling.status", status(draw));
        rowIndex = fact(sheet, rowIndex, "sampling.drawnAt", ReportText.TIME.format(draw.drawnAt()));
        rowIndex = fact(sheet, rowIndex, "sampling.drawnBy", draw.drawnBy());
        if (draw.supersedesId() != null) {
            rowIndex = fact(sheet, rowIndex, "sampling.export.supersedes", Long.toString(draw.supersedesId()));
            rowIndex = fact(sheet, rowIndex, "sampling.redrawReason", draw.redrawReason());
        }
        values(sheet.createRow(rowIndex++), text.get("sampling.export.inputRule"));
        rowIndex++;

        header(sheet, rowIndex++, List.of("sampling.export.number", "acceptance.creditCode", "sampling.stratum",
                "sampling.export.rankKey", "sampling.export.drawn"), List.of(18, 22, 30, 68, 10));
        Set<Long> drawn = draw.units().stream().map(SampledUnit::unitId).collect(Collectors.toSet());
        int number = 1;
        for (SampleDraw.Candidate candidate : input) {
            values(sheet.createRow(rowIndex++), number++, candidate.creditCode(), candidate.stratum(),
                    SampleDraw.rankKey(draw.method(), draw.seed(), candidate),
                    drawn.contains(candidate.unitId()) ? text.get("sampling.export.drawnMark") : "");
        }
    }

    /** Returns 有效, or 已被重抽替代 with the number of the replacing draw. */
    private String status(SamplingDrawView draw) {
        if (draw.active()) {
            return text.get("sampling.status.ACTIVE");
        }
        return draw.supersededById() == null ? text.get("sampling.status.SUPERSEDED")
                : text.get("sampling.export.supersededBy", draw.supersededById());
    }

    private int fact(Sheet sheet, int rowIndex, String labelKey, String value) {
        Row row = sheet.createRow(rowIndex);
        Cell label = row.createCell(0);
        label.setCellValue(text.get(labelKey));
        label.setCellStyle(bold);
        row.createCell(1).setCellValue(XlsxStreamWriter.escapeText(value));
        return rowIndex + 1;
    }

    private void header(Sheet sheet, int rowIndex, List<String> keys, List<Integer> widths) {
        Row row = sheet.createRow(rowIndex);
        for (int i = 0; i < keys.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(text.get(keys.get(i)));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, widths.get(i) * 256);
        }
    }

    private static void values(Row row, Object... values) {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value instanceof Number number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(XlsxStreamWriter.escapeText(value.toString()));
            }
        }
    }
}

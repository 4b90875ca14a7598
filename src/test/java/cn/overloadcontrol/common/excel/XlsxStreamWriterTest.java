package cn.overloadcontrol.common.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxStreamWriterTest {

    private static final List<XlsxStreamWriter.Column> COLUMNS = List.of(
            new XlsxStreamWriter.Column("名称", 20), new XlsxStreamWriter.Column("数量", 10),
            new XlsxStreamWriter.Column("日期", 12), new XlsxStreamWriter.Column("时间", 20),
            new XlsxStreamWriter.Column("是否", 6));

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=1+2|'=1+2",
            "+86 138|'+86 138",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "=HYPERLINK(\"http://127.0.0.1\")|'=HYPERLINK(\"http://127.0.0.1\")",
            "煤矿=1|煤矿=1",
            "0356-5221234|0356-5221234",
    })
    void escapesFormulaStarts(String text, String expected) {
        assertThat(XlsxStreamWriter.escapeText(text)).isEqualTo(expected);
    }

    @Test
    void escapesTabAndCarriageReturnStarts() {
        assertThat(XlsxStreamWriter.escapeText("\t=1")).isEqualTo("'\t=1");
        assertThat(XlsxStreamWriter.escapeText("\r=1")).isEqualTo("'\r=1");
        assertThat(XlsxStreamWriter.escapeText("")).isEmpty();
    }

    @Test
    void cutsTextLongerThanCell() {
        assertThat(XlsxStreamWriter.escapeText("甲".repeat(40_000))).hasSize(32_767);
    }

    @Test
    void writesHeaderAndTypedCells() throws IOException {
        byte[] file = write(writer -> writer.writeRow("某煤矿", new BigDecimal("120.50"), LocalDate.of(2026, 5, 20),
                OffsetDateTime.of(2026, 5, 20, 8, 30, 15, 123, ZoneOffset.ofHours(8)), true));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("测试");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("是否");
            Row row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("某煤矿");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(120.5);
            assertThat(row.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 5, 20, 0, 0));
            assertThat(new DataFormatter().formatCellValue(row.getCell(2))).isEqualTo("2026-05-20");
            assertThat(row.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2026, 5, 20, 8, 30, 15));
            assertThat(new DataFormatter().formatCellValue(row.getCell(3))).isEqualTo("2026-05-20 08:30:15");
            assertThat(row.getCell(4).getBooleanCellValue()).isTrue();
        }
    }

    @Test
    void writesFormulaTextAsEscapedStringCells() throws IOException {
        byte[] file = write(writer -> writer.writeRow("=cmd|' /C calc'!A0", "-1", null, null, null));

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("'-1");
            assertThat(row.getCell(2)).isNull();
        }
    }

    @Test
    void rejectsRowWiderThanColumns() {
        try (XlsxStreamWriter writer = new XlsxStreamWriter("测试", COLUMNS)) {
            assertThatThrownBy(() -> writer.writeRow(1, 2, 3, 4, 5, 6)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    /**
     * 100,000 rows pass through a window of 100 rows in memory, and closing the writer deletes
     * the temporary file that held the rest.
     */
    @Test
    void streamsManyRowsWithinWindowAndDeletesTempFile() throws IOException {
        Set<String> before = sheetTempFiles();
        Set<String> during;
        long size;
        try (XlsxStreamWriter writer = new XlsxStreamWriter("测试", COLUMNS)) {
            for (int i = 0; i < 100_000; i++) {
                writer.writeRow("单位" + i, i, LocalDate.of(2026, 1, 1), null, i % 2 == 0);
                if (i % 10_000 == 0) {
                    assertThat(writer.rowsInMemory()).isLessThanOrEqualTo(XlsxStreamWriter.ROW_WINDOW);
                }
            }
            assertThat(writer.dataRowCount()).isEqualTo(100_000);
            during = sheetTempFiles();
            CountingStream out = new CountingStream();
            writer.writeTo(out);
            size = out.count;
        }

        Set<String> created = new HashSet<>(during);
        created.removeAll(before);
        assertThat(created).isNotEmpty();
        assertThat(sheetTempFiles()).doesNotContainAnyElementsOf(created);
        assertThat(size).isGreaterThan(100_000);
    }

    private static Set<String> sheetTempFiles() {
        File[] files = new File(System.getProperty("java.io.tmpdir"), "poifiles")
                .listFiles((dir, name) -> name.startsWith("poi-sxssf-sheet"));
        Set<String> names = new HashSet<>();
        if (files != null) {
            for (File file : files) {
                names.add(file.getName());
            }
        }
        return names;
    }

    private interface RowsWriter {
        void write(XlsxStreamWriter writer);
    }

    private static byte[] write(RowsWriter rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxStreamWriter writer = new XlsxStreamWriter("测试", COLUMNS)) {
            rows.write(writer);
            writer.writeTo(out);
        }
        return out.toByteArray();
    }

    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}

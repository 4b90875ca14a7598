package cn.overloadcontrol.common.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import cn.overloadcontrol.common.excel.XlsxReadException.Reason;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SafeXlsxReaderTest {

    private static final long TEN_MB = 10L * 1024 * 1024;

    @TempDir
    Path directory;

    private final SafeXlsxReader reader = new SafeXlsxReader(TEN_MB, 100);

    @Test
    void readsCellsAsExcelShowsThem() throws Exception {
        Path file = write(workbook(sheet -> {
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue("高平市米山煤业有限公司");
            row.createCell(1).setCellValue(13812345678d);
            row.createCell(2).setCellValue(112.923456d);
            Cell date = row.createCell(3);
            date.setCellValue(LocalDate.of(2024, 5, 31));
            date.setCellStyle(dateStyle(sheet.getWorkbook()));
            row.createCell(4).setCellValue(true);
        }));

        List<XlsxRow> rows = reader.readFirstSheet(file);

        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).cells()).containsExactly("高平市米山煤业有限公司", "13812345678", "112.923456",
                "2024-05-31", "TRUE");
    }

    @Test
    void readsLongNumberAsDisplayedNotAsDigits() throws Exception {
        Path file = write(workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue(911405811234567890d)));

        String text = reader.readFirstSheet(file).get(0).cell(0);

        assertThat(text).isEqualTo("9.11406E+17");
    }

    @Test
    void readsFormulaAsCachedValueWithoutEvaluating() throws Exception {
        Path file = write(workbook(sheet -> {
            Row row = sheet.createRow(0);
            row.createCell(0).setCellValue(2);
            Cell cached = row.createCell(1);
            cached.setCellFormula("A1*1000");
            // A cached result that evaluation would never produce proves no evaluation happened.
            cached.setCellValue(7);
            row.createCell(2).setCellFormula("A1*1000");
            row.createCell(3).setCellValue("end");
        }));

        XlsxRow row = reader.readFirstSheet(file).get(0);

        assertThat(row.cell(1)).isEqualTo("7");
        assertThat(row.cell(2)).isEmpty();
        assertThat(row.cell(3)).isEqualTo("end");
    }

    @Test
    void skipsBlankRowsAndKeepsRowNumbers() throws Exception {
        Path file = write(workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("表头");
            sheet.createRow(1).createCell(0).setCellValue("  ");
            sheet.createRow(4).createCell(2).setCellValue("数据");
        }));

        List<XlsxRow> rows = reader.readFirstSheet(file);

        assertThat(rows).extracting(XlsxRow::rowNumber).containsExactly(1, 5);
        assertThat(rows.get(1).cells()).containsExactly("", "", "数据");
    }

    @Test
    void readsOnlyFirstSheet() throws Exception {
        Path file = write(workbook(sheet -> {
            sheet.createRow(0).createCell(0).setCellValue("第一页");
            sheet.getWorkbook().createSheet("可选值").createRow(0).createCell(0).setCellValue("第二页");
        }));

        assertThat(reader.readFirstSheet(file)).singleElement()
                .extracting(row -> row.cell(0)).isEqualTo("第一页");
    }

    @Test
    void rejectsEmptyFile() throws Exception {
        assertRejected(new byte[0], Reason.EMPTY_FILE);
    }

    @Test
    void rejectsTextFile() throws Exception {
        assertRejected(HostileFiles.textFile(), Reason.NOT_XLSX);
    }

    @Test
    void rejectsPdf() throws Exception {
        assertRejected(HostileFiles.pdf(), Reason.NOT_XLSX);
    }

    @Test
    void rejectsOldXls() throws Exception {
        assertRejected(HostileFiles.oldXls(), Reason.OLD_XLS);
    }

    @Test
    void rejectsPasswordProtectedWorkbook() throws Exception {
        assertRejected(HostileFiles.passwordProtectedXlsx(), Reason.ENCRYPTED);
    }

    @Test
    void rejectsWordDocument() throws Exception {
        assertRejected(HostileFiles.wordDocument(), Reason.NOT_XLSX);
    }

    @Test
    void rejectsPlainZip() throws Exception {
        assertRejected(HostileFiles.plainZip(), Reason.CORRUPT);
    }

    @Test
    void rejectsTruncatedWorkbook() throws Exception {
        assertRejected(HostileFiles.truncatedXlsx(), Reason.CORRUPT);
    }

    @Test
    void rejectsFileOverSizeLimit() throws Exception {
        byte[] content = workbook(sheet -> sheet.createRow(0).createCell(0).setCellValue("x"));
        SafeXlsxReader smallLimit = new SafeXlsxReader(content.length - 1, 100);

        assertThatThrownBy(() -> smallLimit.readFirstSheet(write(content)))
                .isInstanceOfSatisfying(XlsxReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.FILE_TOO_LARGE));
    }

    @Test
    void rejectsMoreRowsThanLimit() throws Exception {
        Path file = write(workbook(sheet -> {
            for (int i = 0; i < 101; i++) {
                sheet.createRow(i).createCell(0).setCellValue("行" + i);
            }
        }));

        assertThatThrownBy(() -> reader.readFirstSheet(file))
                .isInstanceOfSatisfying(XlsxReadException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_ROWS);
                    assertThat(e.args()).containsExactly(100);
                });
    }

    @Test
    void acceptsExactlyRowLimit() throws Exception {
        Path file = write(workbook(sheet -> {
            for (int i = 0; i < 100; i++) {
                sheet.createRow(i).createCell(0).setCellValue("行" + i);
            }
        }));

        assertThat(reader.readFirstSheet(file)).hasSize(100);
    }

    @Test
    void rejectsRepeatedCellZipBomb() throws Exception {
        byte[] bomb = HostileFiles.repeatedCellBomb(300);
        System.out.printf("Zip bomb: %,d bytes expanding to 300 MB%n", bomb.length);

        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertRejected(bomb, Reason.ZIP_BOMB);
    }

    @Test
    void rejectsPartOverSizeLimit() throws Exception {
        byte[] file = HostileFiles.oversizedPart(300);
        System.out.printf("Oversized part: %,d bytes expanding to 300 MB%n", file.length);
        assertThat(300 * 1024 * 1024 / file.length).isLessThan(SafeXlsxReader.MAX_INFLATION);
        SafeXlsxReader largeFiles = new SafeXlsxReader(file.length, 100);

        assertThatThrownBy(() -> largeFiles.readFirstSheet(write(file)))
                .isInstanceOfSatisfying(XlsxReadException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.ZIP_BOMB));
    }

    private void assertRejected(byte[] content, Reason reason) throws IOException {
        Path file = write(content);

        assertThatThrownBy(() -> reader.readFirstSheet(file))
                .isInstanceOfSatisfying(XlsxReadException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private Path write(byte[] content) throws IOException {
        Path file = Files.createTempFile(directory, "upload-", ".xlsx");
        Files.write(file, content);
        return file;
    }

    private interface SheetFiller {
        void fill(XSSFSheet sheet);
    }

    private static byte[] workbook(SheetFiller filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            filler.fill(workbook.createSheet("单位"));
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static CellStyle dateStyle(org.apache.poi.ss.usermodel.Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        return style;
    }
}

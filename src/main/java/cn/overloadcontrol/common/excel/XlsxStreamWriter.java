package cn.overloadcontrol.common.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes one sheet of an .xlsx file row by row with POI's SXSSF. Only the last
 * {@value #ROW_WINDOW} rows stay in memory and older rows go to a compressed temporary file, so
 * memory stays flat however many rows are written; {@link #close()} deletes that file.
 *
 * <p>Cells are typed by the value: numbers, booleans, dates ({@code yyyy-MM-dd}) and times
 * ({@code yyyy-MM-dd HH:mm:ss}) become real cells, anything else text. Text that a spreadsheet
 * would read as a formula is written with a leading apostrophe (see {@link #escapeText}).
 *
 * <p>Use: {@code try (var writer = new XlsxStreamWriter(name, columns)) { writer.writeRow(...);
 * writer.writeTo(out); }}. Not thread-safe.
 */
public final class XlsxStreamWriter implements AutoCloseable {

    /** Rows kept in memory before SXSSF flushes them to the temporary file. */
    public static final int ROW_WINDOW = 100;

    /** Leading characters after which a spreadsheet may evaluate typed text as a formula. */
    private static final String FORMULA_TRIGGERS = "=+-@\t\r";

    private static final int MAX_TEXT_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    /**
     * A column of the sheet.
     *
     * @param header     the text of the header cell
     * @param widthChars the column width in characters of the default font; a Chinese character
     *                   takes about two
     */
    public record Column(String header, int widthChars) {
    }

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final int columnCount;
    private final CellStyle dateStyle;
    private final CellStyle dateTimeStyle;
    private int nextRowIndex;

    public XlsxStreamWriter(String sheetName, List<Column> columns) {
        // No shared strings table: inline strings keep memory flat, at the cost of a larger file.
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        this.sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName));
        this.columnCount = columns.size();
        this.dateStyle = formatStyle("yyyy-mm-dd");
        this.dateTimeStyle = formatStyle("yyyy-mm-dd hh:mm:ss");
        writeHeader(columns);
    }

    private CellStyle formatStyle(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private void writeHeader(List<Column> columns) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);

        Row header = sheet.createRow(nextRowIndex++);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Cell cell = header.createCell(i);
            cell.setCellValue(escapeText(column.header()));
            cell.setCellStyle(headerStyle);
            sheet.setColumnWidth(i, Math.min(255, Math.max(4, column.widthChars())) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Appends a row; values map to the columns in order, and {@code null} leaves a cell empty. */
    public void writeRow(Object... values) {
        writeRow(Arrays.asList(values));
    }

    /** Appends a row; see {@link #writeRow(Object...)}. */
    public void writeRow(List<?> values) {
        if (values.size() > columnCount) {
            throw new IllegalArgumentException("Row has " + values.size() + " values for " + columnCount + " columns");
        }
        Row row = sheet.createRow(nextRowIndex++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value != null) {
                setCell(row.createCell(i), value);
            }
        }
    }

    private void setCell(Cell cell, Object value) {
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof LocalDateTime time) {
            setTime(cell, time);
        } else if (value instanceof OffsetDateTime time) {
            setTime(cell, time.toLocalDateTime());
        } else if (value instanceof ZonedDateTime time) {
            setTime(cell, time.toLocalDateTime());
        } else {
            cell.setCellValue(escapeText(value.toString()));
        }
    }

    private void setTime(Cell cell, LocalDateTime time) {
        cell.setCellValue(time.withNano(0));
        cell.setCellStyle(dateTimeStyle);
    }

    /** Returns the number of rows written after the header. */
    public int dataRowCount() {
        return nextRowIndex - 1;
    }

    /** Writes the finished file; the stream stays open. */
    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** Deletes the temporary file and releases the workbook (in POI 5.5.1 close() also disposes). */
    @Override
    public void close() {
        try {
            // Flushing first keeps POI from warning "Failed to dispose sheet" when no file was written.
            sheet.flushRows();
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to close the streaming workbook", e);
        }
    }

    /** Returns how many rows are held in memory, for tests of the row window. */
    int rowsInMemory() {
        int count = 0;
        for (Row ignored : sheet) {
            count++;
        }
        return count;
    }

    /**
     * Returns text safe to put in a cell. A value starting with =, +, -, @, tab or carriage return
     * gets a leading apostrophe, so a spreadsheet shows it as text instead of evaluating it, also
     * after the sheet is saved as CSV. Text longer than a cell can take (32,767 characters) is cut.
     */
    public static String escapeText(String text) {
        String escaped = !text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return escaped.length() > MAX_TEXT_LENGTH ? escaped.substring(0, MAX_TEXT_LENGTH) : escaped;
    }
}

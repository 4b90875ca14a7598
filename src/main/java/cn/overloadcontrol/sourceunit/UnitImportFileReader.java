package cn.overloadcontrol.sourceunit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.overloadcontrol.common.excel.SafeXlsxReader;
import cn.overloadcontrol.common.excel.XlsxReadException;
import cn.overloadcontrol.common.excel.XlsxRow;
import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;

import static cn.overloadcontrol.sourceunit.UnitImportFileException.message;

/**
 * Reads an uploaded workbook into import rows: finds the header row, maps its headers to
 * {@link UnitImportColumn}s and rejects the whole file when the headers do not fit the template.
 */
@Component
class UnitImportFileReader {

    /** Rows above the header, such as a title "高平市源头单位名单", that are skipped. */
    static final int HEADER_SEARCH_ROWS = 10;

    private final UnitImportProperties properties;

    UnitImportFileReader(UnitImportProperties properties) {
        this.properties = properties;
    }

    /**
     * Returns the data rows below the header, blank rows skipped.
     *
     * @throws UnitImportFileException when the file is unreadable, too large or has wrong headers
     */
    List<UnitImportRow> read(Path file) throws UnitImportFileException {
        List<XlsxRow> sheetRows = readSheet(file);
        if (sheetRows.isEmpty()) {
            throw UnitImportFileException.of("Sheet without rows", "unit.import.file.empty_sheet");
        }

        XlsxRow headerRow = findHeaderRow(sheetRows);
        Set<Integer> skipped = exportOnlyColumns(headerRow);
        Map<Integer, UnitImportColumn> columns = mapHeader(headerRow, skipped);
        List<XlsxRow> dataRows = sheetRows.subList(sheetRows.indexOf(headerRow) + 1, sheetRows.size());
        if (dataRows.isEmpty()) {
            throw UnitImportFileException.of("No data rows", "unit.import.file.no_data_rows", headerRow.rowNumber());
        }
        if (dataRows.size() > properties.maxRows()) {
            throw UnitImportFileException.of("Too many rows: " + dataRows.size(), "excel.read.TOO_MANY_ROWS",
                    properties.maxRows());
        }
        checkUnnamedColumns(headerRow, columns, skipped, dataRows);

        return dataRows.stream().map(row -> toImportRow(row, columns)).toList();
    }

    private List<XlsxRow> readSheet(Path file) throws UnitImportFileException {
        SafeXlsxReader reader = new SafeXlsxReader(properties.maxFileSize().toBytes(),
                properties.maxRows() + HEADER_SEARCH_ROWS);
        try {
            return reader.readFirstSheet(file);
        } catch (XlsxReadException e) {
            Object[] args = e.reason() == XlsxReadException.Reason.TOO_MANY_ROWS
                    ? new Object[] {properties.maxRows()} : e.args();
            throw new UnitImportFileException(e.getMessage(), List.of(message(e.messageKey(), args)), e);
        }
    }

    /** The first row that names the unit-name column, else the first row, whose headers are then reported. */
    private static XlsxRow findHeaderRow(List<XlsxRow> rows) {
        return rows.stream()
                .limit(HEADER_SEARCH_ROWS)
                .filter(row -> row.cells().stream()
                        .anyMatch(cell -> UnitImportColumn.byHeader(cell).orElse(null) == UnitImportColumn.NAME))
                .findFirst()
                .orElse(rows.get(0));
    }

    /** Indexes of the columns only the ledger export writes (status, times), whose cells are not imported. */
    private static Set<Integer> exportOnlyColumns(XlsxRow headerRow) {
        Set<Integer> skipped = new HashSet<>();
        for (int index = 0; index < headerRow.cells().size(); index++) {
            if (UnitImportColumn.isExportOnly(headerRow.cell(index).strip())) {
                skipped.add(index);
            }
        }
        return skipped;
    }

    private static Map<Integer, UnitImportColumn> mapHeader(XlsxRow headerRow, Set<Integer> skipped)
            throws UnitImportFileException {
        Map<Integer, UnitImportColumn> columns = new LinkedHashMap<>();
        Map<UnitImportColumn, Integer> seen = new EnumMap<>(UnitImportColumn.class);
        List<MessageSourceResolvable> problems = new ArrayList<>();

        for (int index = 0; index < headerRow.cells().size(); index++) {
            String text = headerRow.cell(index).strip();
            if (text.isEmpty() || skipped.contains(index)) {
                continue;
            }
            Optional<UnitImportColumn> column = UnitImportColumn.byHeader(text);
            if (column.isEmpty()) {
                problems.add(message("unit.import.header.unexpected", columnLetter(index), text));
            } else if (seen.containsKey(column.get())) {
                problems.add(message("unit.import.header.duplicate", text, columnLetter(seen.get(column.get())),
                        columnLetter(index)));
            } else {
                seen.put(column.get(), index);
                columns.put(index, column.get());
            }
        }
        for (UnitImportColumn column : UnitImportColumn.values()) {
            if (column.required() && !seen.containsKey(column)) {
                problems.add(message("unit.import.header.missing", column.templateHeader()));
            }
        }

        if (!problems.isEmpty()) {
            problems.add(0, message("unit.import.header.intro", headerRow.rowNumber()));
            throw new UnitImportFileException("Headers do not fit the template", problems, null);
        }
        return columns;
    }

    /** Data under a blank header would be dropped silently, so it rejects the file. */
    private static void checkUnnamedColumns(XlsxRow headerRow, Map<Integer, UnitImportColumn> columns,
            Set<Integer> skipped, List<XlsxRow> dataRows) throws UnitImportFileException {
        for (XlsxRow row : dataRows) {
            for (int index = 0; index < row.cells().size(); index++) {
                if (!columns.containsKey(index) && !skipped.contains(index) && !row.cell(index).isBlank()) {
                    throw UnitImportFileException.of("Data under a blank header", "unit.import.header.blank",
                            columnLetter(index), row.rowNumber(), headerRow.rowNumber());
                }
            }
        }
    }

    private static UnitImportRow toImportRow(XlsxRow row, Map<Integer, UnitImportColumn> columns) {
        Map<UnitImportColumn, String> texts = new EnumMap<>(UnitImportColumn.class);
        columns.forEach((index, column) -> texts.put(column, row.cell(index)));
        return UnitImportRow.of(row.rowNumber(), texts);
    }

    private static String columnLetter(int index) {
        return CellReference.convertNumToColString(index);
    }
}

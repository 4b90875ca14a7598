package cn.overloadcontrol.common.excel;

import java.util.List;

/**
 * One non-blank row of a sheet, with each cell's text as Excel displays it.
 *
 * @param rowNumber the row number as Excel shows it, starting at 1
 * @param cells     cell texts by column index (A = 0); blank cells are empty strings, never {@code null}
 */
public record XlsxRow(int rowNumber, List<String> cells) {

    public XlsxRow {
        cells = List.copyOf(cells);
    }

    /** Returns the text of the cell in the given column, or an empty string past the last cell. */
    public String cell(int columnIndex) {
        return columnIndex < cells.size() ? cells.get(columnIndex) : "";
    }
}

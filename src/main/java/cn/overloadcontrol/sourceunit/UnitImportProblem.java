package cn.overloadcontrol.sourceunit;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * A problem of one import row: the column, the text as typed and the rule it broke.
 *
 * @param column  the column, or {@code null} when the problem concerns the whole row
 * @param value   the cell text as typed, empty when the cell is blank
 * @param problem the rule and its message arguments
 */
public record UnitImportProblem(UnitImportColumn column, String value, FieldProblem problem) {

    /** The column header for the preview, or {@code null} for a problem of the whole row. */
    public String columnHeader() {
        return column == null ? null : column.header();
    }
}

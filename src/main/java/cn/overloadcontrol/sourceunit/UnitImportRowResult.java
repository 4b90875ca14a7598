package cn.overloadcontrol.sourceunit;

import java.util.List;

/**
 * The outcome of checking one import row: the fields it would store and every problem found.
 *
 * @param row      the row as typed
 * @param fields   the fields converted from the row; only meaningful when there is no problem
 * @param problems problems in column order; an empty list means the row can be imported
 */
public record UnitImportRowResult(UnitImportRow row, UnitFields fields, List<UnitImportProblem> problems) {

    public UnitImportRowResult {
        problems = List.copyOf(problems);
    }

    public int rowNumber() {
        return row.rowNumber();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public String value(UnitImportColumn column) {
        return row.value(column);
    }

    public String name() {
        return row.value(UnitImportColumn.NAME);
    }

    public String creditCode() {
        return row.value(UnitImportColumn.CREDIT_CODE);
    }

    public String area() {
        return row.value(UnitImportColumn.AREA);
    }

    public String unitType() {
        return row.value(UnitImportColumn.UNIT_TYPE);
    }
}

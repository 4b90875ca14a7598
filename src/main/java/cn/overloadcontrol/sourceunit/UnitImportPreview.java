package cn.overloadcontrol.sourceunit;

import java.util.List;

/**
 * Every row of an import file with its problems. The file can be imported only when no row has
 * a problem: an import stores all rows or none.
 */
public record UnitImportPreview(String fileName, List<UnitImportRowResult> rows) {

    public UnitImportPreview {
        rows = List.copyOf(rows);
    }

    public int rowCount() {
        return rows.size();
    }

    public int problemRowCount() {
        return (int) rows.stream().filter(row -> !row.ok()).count();
    }

    public int problemCount() {
        return rows.stream().mapToInt(row -> row.problems().size()).sum();
    }

    public boolean importable() {
        return !rows.isEmpty() && problemRowCount() == 0;
    }

    public List<UnitImportRowResult> problemRows() {
        return rows.stream().filter(row -> !row.ok()).toList();
    }
}

package cn.overloadcontrol.sourceunit;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One data row of an import file as typed: the trimmed text of each column, empty where the
 * column is blank or missing from the file. Kept in the session between preview and commit.
 *
 * @param rowNumber the row number as Excel shows it
 * @param values    texts in {@link UnitImportColumn} order
 */
public record UnitImportRow(int rowNumber, List<String> values) implements Serializable {

    public UnitImportRow {
        values = List.copyOf(values);
    }

    static UnitImportRow of(int rowNumber, Map<UnitImportColumn, String> texts) {
        Map<UnitImportColumn, String> byColumn = new EnumMap<>(UnitImportColumn.class);
        byColumn.putAll(texts);
        List<String> values = new ArrayList<>();
        for (UnitImportColumn column : UnitImportColumn.values()) {
            // Text pasted from web pages brings non-breaking spaces, which strip() keeps.
            values.add(byColumn.getOrDefault(column, "").replace('\u00A0', ' ').strip());
        }
        return new UnitImportRow(rowNumber, values);
    }

    public String value(UnitImportColumn column) {
        return values.get(column.ordinal());
    }
}

package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.region.AreaView;

import static cn.overloadcontrol.sourceunit.UnitImportColumn.*;

/**
 * Checks import rows as typed: converts names to ids and texts to numbers, applies the rules of
 * {@link UnitFieldsValidator}, the user's data scope, and credit-code uniqueness within the file
 * and against the ledger. Holds the reference data of one check, so build one per preview or commit.
 */
final class UnitImportValidator {

    /** Largest value of {@code numeric(12, 2)}, the column of the annual throughput. */
    private static final BigDecimal MAX_THROUGHPUT = new BigDecimal("9999999999.99");
    private static final int MAX_REASON_LENGTH = 500;

    private final Map<String, AreaView> areas = new HashMap<>();
    private final Map<String, DictionaryItemView> unitTypes = new HashMap<>();
    private final Map<String, DictionaryItemView> supervisionModes = new HashMap<>();
    private final DataScope scope;

    UnitImportValidator(Collection<AreaView> areas, Collection<DictionaryItemView> unitTypes,
            Collection<DictionaryItemView> supervisionModes, DataScope scope) {
        // Names and codes both identify an entry; names win where a name equals another entry's code.
        areas.forEach(area -> this.areas.put(area.code(), area));
        areas.forEach(area -> this.areas.put(area.name(), area));
        unitTypes.forEach(item -> this.unitTypes.put(item.code().toUpperCase(Locale.ROOT), item));
        unitTypes.forEach(item -> this.unitTypes.put(item.label(), item));
        supervisionModes.forEach(item -> this.supervisionModes.put(item.code().toUpperCase(Locale.ROOT), item));
        supervisionModes.forEach(item -> this.supervisionModes.put(item.label(), item));
        this.scope = scope;
    }

    /** Returns the normalized credit codes of the rows, for one look-up in the ledger. */
    static Set<String> creditCodes(List<UnitImportRow> rows) {
        Set<String> codes = new LinkedHashSet<>();
        for (UnitImportRow row : rows) {
            String code = CreditCode.normalize(row.value(CREDIT_CODE));
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return codes;
    }

    /**
     * Checks every row.
     *
     * @param codesInLedger the normalized credit codes of the rows that the ledger already contains
     */
    List<UnitImportRowResult> validate(List<UnitImportRow> rows, Set<String> codesInLedger) {
        Map<String, List<Integer>> rowsByCode = rowsByCode(rows);
        List<UnitImportRowResult> results = new ArrayList<>(rows.size());
        for (UnitImportRow row : rows) {
            RowCheck check = new RowCheck(row);
            UnitFields fields = check.convert();
            check.applyRules(fields);
            check.checkDuplicates(fields.creditCode(), rowsByCode, codesInLedger);
            results.add(new UnitImportRowResult(row, fields, check.sortedProblems()));
        }
        return results;
    }

    private static Map<String, List<Integer>> rowsByCode(List<UnitImportRow> rows) {
        Map<String, List<Integer>> rowsByCode = new LinkedHashMap<>();
        for (UnitImportRow row : rows) {
            String code = CreditCode.normalize(row.value(CREDIT_CODE));
            if (!code.isEmpty()) {
                rowsByCode.computeIfAbsent(code, key -> new ArrayList<>()).add(row.rowNumber());
            }
        }
        return rowsByCode;
    }

    /** The checks of one row, collecting problems as it goes. */
    private final class RowCheck {

        private final UnitImportRow row;
        private final List<UnitImportProblem> problems = new ArrayList<>();
        /** Columns whose text could not be converted; the rule checks skip them to avoid a second message. */
        private final Set<UnitImportColumn> unconverted = EnumSet.noneOf(UnitImportColumn.class);

        RowCheck(UnitImportRow row) {
            this.row = row;
        }

        UnitFields convert() {
            String creditCode = CreditCode.normalize(row.value(CREDIT_CODE));
            if (creditCode.equals(UnitImportTemplate.EXAMPLE_CREDIT_CODE)) {
                problems.add(new UnitImportProblem(null, null, FieldProblem.error("row", null, "import.example_row")));
            }
            return new UnitFields(
                    text(NAME),
                    creditCode.isEmpty() ? null : creditCode,
                    text(CREDIT_CODE_OVERRIDE_REASON),
                    dictionaryId(UNIT_TYPE, unitTypes, "unit_type"),
                    areaId(),
                    text(ADDRESS),
                    number(LONGITUDE),
                    number(LATITUDE),
                    text(LEGAL_REPRESENTATIVE),
                    text(SAFETY_CONTACT),
                    text(SAFETY_CONTACT_PHONE),
                    throughput(),
                    text(TRANSPORT_ROUTES),
                    dictionaryId(SUPERVISION_MODE, supervisionModes, "supervision_mode"),
                    text(SUPERVISING_DEPARTMENT),
                    text(SUPERVISOR_NAME),
                    text(SUPERVISOR_DEPARTMENT),
                    text(SUPERVISOR_OFFICE_PHONE),
                    text(SUPERVISOR_MOBILE));
        }

        void applyRules(UnitFields fields) {
            for (FieldProblem problem : UnitFieldsValidator.validate(fields)) {
                UnitImportColumn column = UnitImportColumn.byField(problem.field()).orElse(null);
                if (column != null && unconverted.contains(column)) {
                    continue;
                }
                add(column, importVersionOf(problem));
            }
            String reason = fields.creditCodeOverrideReason();
            if (reason != null && reason.length() > MAX_REASON_LENGTH) {
                add(CREDIT_CODE_OVERRIDE_REASON, FieldProblem.error(CREDIT_CODE_OVERRIDE_REASON.field(), reason,
                        "too_long", MAX_REASON_LENGTH));
            }
        }

        void checkDuplicates(String creditCode, Map<String, List<Integer>> rowsByCode, Set<String> codesInLedger) {
            if (creditCode == null) {
                return;
            }
            List<Integer> sameCode = rowsByCode.getOrDefault(creditCode, List.of());
            if (sameCode.size() > 1) {
                // The first occurrence names the second; every later one names the first.
                int other = sameCode.get(0) == row.rowNumber() ? sameCode.get(1) : sameCode.get(0);
                add(CREDIT_CODE, FieldProblem.error(CREDIT_CODE.field(), creditCode, "credit_code.duplicate_in_file",
                        other));
            }
            if (codesInLedger.contains(creditCode)) {
                add(CREDIT_CODE, FieldProblem.error(CREDIT_CODE.field(), creditCode, "credit_code.duplicate"));
            }
        }

        List<UnitImportProblem> sortedProblems() {
            problems.sort(Comparator.comparingInt(problem -> problem.column() == null ? -1 : problem.column().ordinal()));
            return problems;
        }

        /**
         * Turns the check-character warning into an error that the reason column resolves, because
         * a file cannot respond to the form's "save anyway?" prompt.
         */
        private FieldProblem importVersionOf(FieldProblem problem) {
            if (problem.code().equals("credit_code.check_mismatch")) {
                return FieldProblem.error(problem.field(), problem.value(), "import.credit_code.check_mismatch",
                        problem.args().toArray());
            }
            return problem;
        }

        private String text(UnitImportColumn column) {
            String value = row.value(column);
            return value.isEmpty() ? null : value;
        }

        private Long dictionaryId(UnitImportColumn column, Map<String, DictionaryItemView> entries, String rulePrefix) {
            String value = row.value(column);
            if (value.isEmpty()) {
                return null;
            }
            DictionaryItemView entry = entries.get(value);
            if (entry == null) {
                entry = entries.get(value.toUpperCase(Locale.ROOT));
            }
            if (entry == null) {
                reject(column, rulePrefix + ".unknown");
                return null;
            }
            if (!entry.active()) {
                reject(column, rulePrefix + ".inactive");
                return null;
            }
            return entry.id();
        }

        private Long areaId() {
            String value = row.value(AREA);
            if (value.isEmpty()) {
                return null;
            }
            AreaView area = areas.get(value.replace('（', '(').replace('）', ')'));
            if (area == null) {
                reject(AREA, "area.unknown");
                return null;
            }
            if (!area.active()) {
                reject(AREA, "area.inactive");
                return null;
            }
            if (!scope.all() && !scope.areaIds().contains(area.id())) {
                reject(AREA, "area.out_of_scope");
                return null;
            }
            return area.id();
        }

        private BigDecimal number(UnitImportColumn column) {
            String value = row.value(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                // Number formats with thousands separators display 1,234.5, which is read as displayed.
                return new BigDecimal(value.replace(",", ""));
            } catch (NumberFormatException e) {
                reject(column, "number.invalid");
                return null;
            }
        }

        private BigDecimal throughput() {
            BigDecimal value = number(ANNUAL_THROUGHPUT);
            if (value != null && value.abs().compareTo(MAX_THROUGHPUT) > 0) {
                add(ANNUAL_THROUGHPUT, FieldProblem.error(ANNUAL_THROUGHPUT.field(), value.toPlainString(),
                        "number.out_of_range", 0, MAX_THROUGHPUT.toPlainString()));
                unconverted.add(ANNUAL_THROUGHPUT);
                return null;
            }
            return value;
        }

        private void reject(UnitImportColumn column, String rule) {
            add(column, FieldProblem.error(column.field(), row.value(column), rule));
            unconverted.add(column);
        }

        private void add(UnitImportColumn column, FieldProblem problem) {
            problems.add(new UnitImportProblem(column, column == null ? null : row.value(column), problem));
        }
    }
}

package cn.overloadcontrol.common.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The plausible range of a date typed into a form: dates of inspections, certificates,
 * installations and maintenance lie from 2000-01-01 to five years ahead. Older or
 * farther dates are typing errors, and spreadsheets cannot show dates before 1900.
 */
public final class DateRules {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final int MAX_YEARS_AHEAD = 5;
    /**
     * The yyyy-MM-dd shape with a month of 01 to 12 and a day of 01 to 31, to tell a date that does
     * not exist (2026-02-30) from a malformed one.
     */
    public static final Pattern WELL_FORMED = Pattern.compile(
            "[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])");

    private DateRules() {
    }

    /**
     * Adds a {@code date.out_of_range} problem naming both bounds when {@code value} lies outside
     * the plausible range. A {@code null} value passes, because required checks come separately.
     *
     * @return whether the value passed
     */
    public static boolean checkRange(List<FieldProblem> problems, String field, LocalDate value, LocalDate today) {
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        if (value == null || (!value.isBefore(EARLIEST) && !value.isAfter(latest))) {
            return true;
        }
        problems.add(FieldProblem.error(field, value.toString(), "date.out_of_range", EARLIEST.toString(),
                latest.toString()));
        return false;
    }
}

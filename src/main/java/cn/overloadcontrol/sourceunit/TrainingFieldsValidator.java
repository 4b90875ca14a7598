package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.util.StringUtils;

/**
 * Checks training input that needs no database: required fields, lengths, dates and counts.
 * The service adds the checks against stored data (unknown unit, duplicate rows).
 */
final class TrainingFieldsValidator {

    static final int TEXT_MAX_LENGTH = 128;
    static final int NOTES_MAX_LENGTH = 1000;
    static final int NAMES_MAX_LENGTH = 500;
    static final int COUNT_MAX = 9999;
    /** Records are entered after the fact or planned ahead; older or farther dates are typing errors. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);
    static final int MAX_YEARS_AHEAD = 1;

    private TrainingFieldsValidator() {
    }

    static List<FieldProblem> validate(TrainingSessionFields fields, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate latest = today.plusYears(MAX_YEARS_AHEAD);
        if (fields.heldOn() == null) {
            problems.add(FieldProblem.error("heldOn", null, "required"));
        } else if (fields.heldOn().isBefore(EARLIEST_DATE) || fields.heldOn().isAfter(latest)) {
            problems.add(FieldProblem.error("heldOn", fields.heldOn().toString(), "date.out_of_range",
                    EARLIEST_DATE.toString(), latest.toString()));
        }
        required(problems, "topic", fields.topic(), TEXT_MAX_LENGTH);
        required(problems, "organizer", fields.organizer(), TEXT_MAX_LENGTH);
        required(problems, "place", fields.place(), TEXT_MAX_LENGTH);
        if (fields.notes() != null && fields.notes().length() > NOTES_MAX_LENGTH) {
            problems.add(FieldProblem.error("notes", fields.notes(), "too_long", NOTES_MAX_LENGTH));
        }
        return problems;
    }

    /** Checks names and count and returns the count to store, or {@code null} when invalid. */
    static Integer checkAttendees(List<FieldProblem> problems, String names, Integer count) {
        TrainingAttendees attendees = TrainingAttendees.parse(names);
        if (attendees.count() == 0) {
            problems.add(FieldProblem.error("attendeeNames", names, "required"));
            return null;
        }
        if (attendees.joined().length() > NAMES_MAX_LENGTH) {
            problems.add(FieldProblem.error("attendeeNames", names, "too_long", NAMES_MAX_LENGTH));
            return null;
        }
        if (count == null) {
            return attendees.count();
        }
        if (count < 1 || count > COUNT_MAX) {
            problems.add(FieldProblem.error("attendeeCount", count.toString(), "number.out_of_range", "1",
                    String.valueOf(COUNT_MAX)));
            return null;
        }
        if (count < attendees.count()) {
            problems.add(FieldProblem.error("attendeeCount", count.toString(), "training.count_below_names",
                    count, attendees.count()));
            return null;
        }
        return count;
    }

    static void required(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (!StringUtils.hasText(value)) {
            problems.add(FieldProblem.error(field, value, "required"));
        } else if (value.length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
        }
    }
}

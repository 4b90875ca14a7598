package cn.overloadcontrol.acceptance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A checklist item that fills itself from the platform's data. Each Spring bean that implements
 * it is offered in the checklist template under its {@link #key()}; adding a check needs no
 * change elsewhere.
 */
public interface AutomaticCheck {

    /** Stable key stored on template and acceptance items, for example {@code RECORDS_ARRIVE}. */
    String key();

    /** Evaluates the unit over the test period. */
    Result evaluate(Context context);

    /**
     * The unit and period a check evaluates.
     *
     * @param from  start of the test period, inclusive
     * @param to    end of the test period, exclusive
     * @param today the day of the evaluation, for date-based checks such as certificates
     */
    record Context(long unitId, OffsetDateTime from, OffsetDateTime to, LocalDate today) {
    }

    /**
     * The outcome with what was measured, as a message key and its arguments.
     *
     * @param outcome PASSED, FAILED, or TO_REVIEW when there is no data to decide on
     */
    record Result(ItemOutcome outcome, String messageKey, List<Object> args) {

        public Result {
            args = List.copyOf(args);
        }

        public static Result of(boolean passed, String messageKey, Object... args) {
            return new Result(passed ? ItemOutcome.PASSED : ItemOutcome.FAILED, messageKey, List.of(args));
        }

        public static Result toReview(String messageKey, Object... args) {
            return new Result(ItemOutcome.TO_REVIEW, messageKey, List.of(args));
        }
    }
}

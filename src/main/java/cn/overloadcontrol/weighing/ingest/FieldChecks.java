package cn.overloadcontrol.weighing.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Reads the fields of one request and collects every problem, so one response lists them all. */
final class FieldChecks {

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Instant now;
    private final Duration clockSkew;

    FieldChecks(Instant now, Duration clockSkew) {
        this.now = now;
        this.clockSkew = clockSkew;
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    void add(FieldProblem problem) {
        problems.add(problem);
    }

    /** Returns the trimmed text, {@code null} when blank, after checking its length. */
    String text(String field, String value, int maxLength) {
        String text = value == null || value.isBlank() ? null : value.strip();
        if (text != null && text.length() > maxLength) {
            problems.add(FieldProblem.error(field, text, "too_long", maxLength));
        }
        return text;
    }

    String requiredText(String field, String value, int maxLength) {
        String text = text(field, value, maxLength);
        if (text == null) {
            problems.add(FieldProblem.error(field, value, "required"));
        }
        return text;
    }

    <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            problems.add(FieldProblem.error(field, value, "enum.invalid", allowed));
            return null;
        }
    }

    <E extends Enum<E>> E requiredEnum(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.error(field, value, "required"));
            return null;
        }
        return enumValue(field, value, type);
    }

    /** Returns the value when it lies in [min, max], otherwise {@code null} with a problem. */
    Integer range(String field, Integer value, int min, int max, String code) {
        if (value != null && (value < min || value > max)) {
            problems.add(FieldProblem.error(field, value.toString(), code, min, max));
            return null;
        }
        return value;
    }

    /**
     * Parses an ISO-8601 time with offset, truncated to milliseconds, and checks that it is not
     * further in the future than the clock skew allows.
     */
    Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(value.strip()).toInstant().truncatedTo(ChronoUnit.MILLIS);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.error(field, value, "time.invalid"));
            return null;
        }
        if (time.isAfter(now.plus(clockSkew))) {
            problems.add(FieldProblem.error(field, value, "time.in_future", clockSkew.toMinutes()));
            return null;
        }
        return time;
    }

    Instant requiredTime(String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.error(field, value, "required"));
            return null;
        }
        return time(field, value);
    }
}

package cn.overloadcontrol.common.jdbc;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds PostgreSQL array literals, such as {@code {1,2,3}}, to pass many values as one
 * parameter that the statement casts and unnests. One statement with arrays replaces one
 * statement per value, and its text stays the same for any number of values, so its prepared
 * plan is reused.
 */
public final class SqlArrays {

    private SqlArrays() {
    }

    /** Returns an array literal of one number per item, for a cast to {@code bigint[]} or {@code int[]}. */
    public static <T> String numbers(Collection<T> items, Function<T, ? extends Number> value) {
        return items.stream().map(value).map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    /**
     * Returns an array literal of one double-quoted element per item, for a cast to
     * {@code text[]}, {@code timestamptz[]} or another type read from text. Backslashes and
     * double quotes inside a value are escaped, so any text arrives unchanged.
     *
     * @throws NullPointerException when a value is {@code null}, which this literal cannot carry
     */
    public static <T> String quoted(Collection<T> items, Function<T, ?> value) {
        return items.stream()
                .map(item -> String.valueOf(Objects.requireNonNull(value.apply(item), "array element")))
                .map(text -> '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}

package cn.overloadcontrol.common.validation;

import java.util.List;

/**
 * A problem with one input field: which field, the value received, and the rule it broke as a
 * stable code. Screens show the Chinese text of {@code "problem." + code} with {@code args};
 * the API returns the code itself.
 *
 * @param field    the field's name in forms and JSON, for example {@code creditCode}
 * @param value    the value as received, for showing back to the user
 * @param code     stable rule code, for example {@code credit_code.malformed}
 * @param args     values for the message placeholders
 * @param severity an error blocks saving; a warning needs an explicit override
 */
public record FieldProblem(String field, String value, String code, List<Object> args, Severity severity) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public FieldProblem {
        args = List.copyOf(args);
    }

    public static FieldProblem error(String field, String value, String code, Object... args) {
        return new FieldProblem(field, value, code, List.of(args), Severity.ERROR);
    }

    public static FieldProblem warning(String field, String value, String code, Object... args) {
        return new FieldProblem(field, value, code, List.of(args), Severity.WARNING);
    }

    public String messageKey() {
        return "problem." + code;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

package cn.overloadcontrol.common.validation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Shows a request parameter of the wrong type (for example {@code ?status=abc} or a date that is
 * not {@code yyyy-MM-dd}) as a page naming the field, the value and the rule, in place of a bare
 * HTTP 400. It covers the screens of the acceptance (with sampling) and report modules and the
 * station pages, which bind typed query and form parameters outside of form objects.
 */
@ControllerAdvice(basePackages = {"cn.overloadcontrol.acceptance", "cn.overloadcontrol.report",
        "cn.overloadcontrol.station.web", "cn.overloadcontrol.upstream.web"})
class BadParameterAdvice {

    static final String VIEW = "error/parameter";
    private static final Logger log = LoggerFactory.getLogger(BadParameterAdvice.class);

    private final MessageSource messages;

    BadParameterAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badParameter(MethodArgumentTypeMismatchException e) {
        FieldProblem problem = problemOf(e, this::enumLabel);
        log.warn("Rejected request parameter {}={}: {}", problem.field(), problem.value(), problem.code());
        ModelAndView page = new ModelAndView(VIEW, HttpStatus.BAD_REQUEST);
        page.addObject("problem", ProblemMessages.text(List.of(problem), messages, LocaleContextHolder.getLocale()));
        page.addObject("errorPage", true);
        return page;
    }

    /**
     * Returns the problem of a parameter that could not be converted to its type. Allowed enum
     * values are listed by {@code label}, and a well-formed date that does not exist, such as
     * 2026-02-30, gets its own rule.
     */
    static FieldProblem problemOf(MethodArgumentTypeMismatchException e, Function<Enum<?>, String> label) {
        String field = e.getName();
        String value = e.getValue() == null ? "" : e.getValue().toString();
        Class<?> type = e.getRequiredType();
        if (type != null && type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(constant -> label.apply((Enum<?>) constant))
                    .collect(Collectors.joining("、"));
            return FieldProblem.error(field, value, "enum.invalid", allowed);
        }
        if (type == LocalDate.class) {
            return FieldProblem.error(field, value,
                    DateRules.WELL_FORMED.matcher(value).matches() ? "date.nonexistent" : "parameter.date_invalid");
        }
        if (type == LocalDateTime.class) {
            return FieldProblem.error(field, value, "parameter.time_invalid");
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == int.class || type == long.class)) {
            return FieldProblem.error(field, value, "number.invalid");
        }
        return FieldProblem.error(field, value, "parameter.invalid");
    }

    /**
     * Returns the Chinese label of an enum constant whose type has a {@code messageKey()} method,
     * or its name when the type has none.
     */
    private String enumLabel(Enum<?> constant) {
        try {
            Object key = constant.getDeclaringClass().getMethod("messageKey").invoke(constant);
            return messages.getMessage(key.toString(), null, constant.name(), LocaleContextHolder.getLocale());
        } catch (ReflectiveOperationException e) {
            return constant.name();
        }
    }
}

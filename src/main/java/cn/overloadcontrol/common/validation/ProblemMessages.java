package cn.overloadcontrol.common.validation;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Renders field problems as one line of screen text, for forms that report through a flash
 * message: each problem names the field ({@code field.<name>}), the value and the rule. A long
 * value is cut as on form pages.
 */
public final class ProblemMessages {

    private ProblemMessages() {
    }

    /** Returns a value as an error message shows it: at most 40 characters and "…". */
    public static String shortened(String value) {
        return EnteredValueMessages.shortened(value);
    }

    public static String text(List<FieldProblem> problems, MessageSource messages, Locale locale) {
        StringBuilder text = new StringBuilder();
        for (FieldProblem problem : problems) {
            String field = messages.getMessage("field." + problem.field(), null, problem.field(), locale);
            String rule = messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.code(), locale);
            text.append(field);
            if (problem.value() != null && !problem.value().isBlank()) {
                text.append("“").append(EnteredValueMessages.shortened(problem.value().strip())).append("”");
            }
            text.append("：").append(rule).append(' ');
        }
        return text.toString().strip();
    }
}

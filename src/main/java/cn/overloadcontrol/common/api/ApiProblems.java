package cn.overloadcontrol.common.api;

import java.util.List;
import java.util.Locale;

import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns field problems into API problems with their Chinese text. The API answers in Chinese
 * whatever the request's Accept-Language, because its users are Chinese station vendors.
 */
@Component
public class ApiProblems {

    public static final Locale API_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
    }

    public List<ApiProblem> of(List<FieldProblem> problems) {
        return problems.stream().map(this::of).toList();
    }

    public ApiProblem of(FieldProblem problem) {
        String text = messages.getMessage(problem.messageKey(), problem.args().toArray(), problem.code(), API_LOCALE);
        return new ApiProblem(problem.field(), problem.value(), problem.code(), text);
    }

    /** Returns the Chinese text of {@code api.error.<code>}, or the code when there is none. */
    public String errorMessage(String code, Object... args) {
        return messages.getMessage("api.error." + code, args, code, API_LOCALE);
    }
}

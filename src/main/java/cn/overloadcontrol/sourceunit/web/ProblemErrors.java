package cn.overloadcontrol.sourceunit.web;

import java.util.List;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.validation.Errors;

/** Turns the service's field problems into form errors and flash texts with the Chinese rule texts. */
final class ProblemErrors {

    private ProblemErrors() {
    }

    /** Rejects each problem on its field, unless the field already has an error from the form itself. */
    static void rejectAll(Errors errors, List<FieldProblem> problems) {
        for (FieldProblem problem : problems) {
            if (!errors.hasFieldErrors(problem.field())) {
                errors.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(), null);
            }
        }
    }

    /** Describes problems in one line, such as "监管方式：公示前必须填写…；监管责任人：…". */
    static String describe(List<FieldProblem> problems, MessageSourceAccessor messages) {
        return problems.stream()
                .map(problem -> messages.getMessage("unit.field." + problem.field(), problem.field()) + "："
                        + messages.getMessage(problem.messageKey(), problem.args().toArray()))
                .collect(Collectors.joining("；"));
    }
}

package cn.overloadcontrol.sourceunit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Describes problems in one line, such as "监管方式、监管责任人：公示前必须填写…". Fields that break the
     * same rule share one sentence, so a unit missing three supervision fields reads as one sentence.
     */
    static String describe(List<FieldProblem> problems, MessageSourceAccessor messages) {
        Map<String, List<String>> fieldsByRule = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            String rule = messages.getMessage(problem.messageKey(), problem.args().toArray());
            String field = messages.getMessage("unit.field." + problem.field(), problem.field());
            List<String> fields = fieldsByRule.computeIfAbsent(rule, key -> new ArrayList<>());
            if (!fields.contains(field)) {
                fields.add(field);
            }
        }
        return fieldsByRule.entrySet().stream()
                .map(entry -> String.join("、", entry.getValue()) + "：" + entry.getKey())
                .collect(Collectors.joining("；"));
    }
}

package cn.overloadcontrol.identity;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.validation.BindingResult;

/** Puts field problems from the services into a form's binding result, to show them next to each field. */
final class BindingProblems {

    private BindingProblems() {
    }

    static void reject(List<FieldProblem> problems, BindingResult bindingResult) {
        for (FieldProblem problem : problems) {
            bindingResult.rejectValue(problem.field(), problem.messageKey(), problem.args().toArray(),
                    problem.code());
        }
    }
}

package cn.overloadcontrol.station.web;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts service problems on a flat form: fields the form shows get a field error, others a global one. */
final class ProblemBinding {

    private ProblemBinding() {
    }

    static void apply(List<FieldProblem> problems, BindingResult binding) {
        for (FieldProblem problem : problems) {
            Object[] args = problem.args().toArray();
            if (problem.field().equals("version")) {
                binding.reject(problem.messageKey(), args, problem.code());
                continue;
            }
            try {
                binding.rejectValue(problem.field(), problem.messageKey(), args, problem.code());
            } catch (NotReadablePropertyException e) {
                binding.reject(problem.messageKey(), args, problem.code());
            }
        }
    }
}

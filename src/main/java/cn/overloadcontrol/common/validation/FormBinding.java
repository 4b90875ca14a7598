package cn.overloadcontrol.common.validation;

import java.util.List;

import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/**
 * Puts service problems on a flat form object. A field the form has gets a field error, and any
 * other problem (such as a stale {@code version}) gets a global error shown above the form.
 */
public final class FormBinding {

    private FormBinding() {
    }

    public static void apply(List<FieldProblem> problems, BindingResult binding) {
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

package cn.overloadcontrol.weighing.ingest;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * A correction that breaks a rule: nothing was stored. The problems name the field (as in
 * {@link CorrectionRequest}), the value and the rule, like a rejected record; the field
 * {@value #WHOLE_FORM} stands for the correction as a whole.
 */
public class CorrectionRejectedException extends RuntimeException {

    public static final String WHOLE_FORM = "correction";

    private final transient List<FieldProblem> problems;

    public CorrectionRejectedException(List<FieldProblem> problems) {
        super("Correction rejected: " + problems.stream().map(problem -> problem.field() + " " + problem.code())
                .toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

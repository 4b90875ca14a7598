package cn.overloadcontrol.acceptance;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Acceptance input or a step that breaks a rule; nothing was stored. */
public class AcceptanceValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public AcceptanceValidationException(List<FieldProblem> problems) {
        super("Acceptance rules broken: " + problems.stream().map(FieldProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public AcceptanceValidationException(FieldProblem problem) {
        this(List.of(problem));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

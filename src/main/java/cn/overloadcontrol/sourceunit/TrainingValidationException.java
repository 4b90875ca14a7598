package cn.overloadcontrol.sourceunit;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Thrown when training input breaks a rule; nothing was stored. */
public class TrainingValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public TrainingValidationException(List<FieldProblem> problems) {
        super("Invalid training input: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package cn.overloadcontrol.sourceunit;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Thrown when unit fields break a rule; nothing was stored. */
public class UnitValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public UnitValidationException(List<FieldProblem> problems) {
        super("Invalid unit fields: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package cn.overloadcontrol.region;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Thrown when area fields break a rule; nothing was stored. */
public class AreaValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public AreaValidationException(List<FieldProblem> problems) {
        super("Invalid area fields: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package cn.overloadcontrol.sourceunit;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Thrown when a dictionary entry breaks a rule; nothing was stored. */
public class UnitDictionaryValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public UnitDictionaryValidationException(List<FieldProblem> problems) {
        super("Invalid dictionary entry: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package cn.overloadcontrol.station;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Station fields that break a rule; nothing was stored. */
public class StationValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public StationValidationException(List<FieldProblem> problems) {
        super("Invalid station fields: " + problems.stream().map(FieldProblem::code).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

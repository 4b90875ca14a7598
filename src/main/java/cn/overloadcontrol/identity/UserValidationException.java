package cn.overloadcontrol.identity;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Thrown when a user form breaks a rule; nothing was stored. */
class UserValidationException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    UserValidationException(List<FieldProblem> problems) {
        super("Invalid user fields: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}

package cn.overloadcontrol.station.heartbeat;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/** A heartbeat had invalid fields; nothing of it was stored. */
public class HeartbeatRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    HeartbeatRejectedException(List<FieldProblem> problems) {
        super("Invalid heartbeat: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package cn.overloadcontrol.station.command;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * A command request or result that the platform rejects, with the HTTP status and the stable
 * error code of the API.
 */
public class CommandRejectedException extends RuntimeException {

    /** No command with that id belongs to the station. */
    public static final String NOT_FOUND = "command_not_found";
    /** The command has already been answered. */
    public static final String ANSWERED = "command_answered";
    /** The command was never handed out to the station, so it cannot be answered. */
    public static final String NOT_SENT = "command_not_sent";
    /** A field of the result is invalid. */
    public static final String INVALID = "validation_failed";

    private final int status;
    private final String code;
    private final List<FieldProblem> problems;

    CommandRejectedException(int status, String code, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}

package cn.overloadcontrol.tools;

import java.io.PrintStream;
import java.util.List;

/**
 * One installer diagnostic, run as {@code java -jar <jar> tools <name> ...} without starting the
 * web server or a database. Output is one JSON object per line on {@code out}.
 */
public interface ToolCommand {

    String name();

    /** One line for the list printed by {@code tools --help}. */
    String summary();

    /** Runs the command and returns the process exit code (0 success, 2 bad arguments). */
    int run(List<String> args, PrintStream out, PrintStream err);
}

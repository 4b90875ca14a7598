package cn.overloadcontrol.tools;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Dispatches {@code tools <command> ...} to the installer diagnostics. */
public final class Tools {

    static final int USAGE_ERROR = 2;

    private final Map<String, ToolCommand> commands = new LinkedHashMap<>();

    Tools(List<ToolCommand> commands) {
        commands.forEach(command -> this.commands.put(command.name(), command));
    }

    /** The diagnostics this build ships. Add a new command here. */
    static Tools standard() {
        return new Tools(List.of(
                new DecodeCommand(),
                new PlateCommand(),
                new LimitCommand(),
                new CreditCodeCommand(),
                new LedCommand()));
    }

    /** Entry point from {@code main}: {@code args[0]} is "tools". */
    public static int main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        return standard().run(Arrays.asList(args).subList(1, args.length), out, err);
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            printUsage(args.isEmpty() ? err : out);
            return args.isEmpty() ? USAGE_ERROR : 0;
        }
        ToolCommand command = commands.get(args.get(0));
        if (command == null) {
            err.println("Unknown tools command: " + args.get(0));
            printUsage(err);
            return USAGE_ERROR;
        }
        return command.run(args.subList(1, args.size()), out, err);
    }

    private void printUsage(PrintStream stream) {
        stream.println("Usage: java -jar <jar> tools <command> [options]   (each command takes --help)");
        commands.values().forEach(command -> stream.printf("  %-14s %s%n", command.name(), command.summary()));
    }
}

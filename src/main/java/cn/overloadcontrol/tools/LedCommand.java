package cn.overloadcontrol.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.overloadcontrol.device.LedFrame;
import cn.overloadcontrol.device.LedMessage;
import cn.overloadcontrol.device.LedProtocol;

/**
 * {@code tools led --protocol <id> --text "<text>" [--text ...] [--voice "<text>"] [--width W --height H]}:
 * prints the exact bytes the station would send to an LED board, and the characters GBK lacks.
 */
final class LedCommand implements ToolCommand {

    private static final String USAGE = "Usage: tools led --protocol <id> --text \"<text>\" [--text \"<line 2>\" ...]"
            + " [--voice \"<text>\"] [--width W --height H]";

    @Override
    public String name() {
        return "led";
    }

    @Override
    public String summary() {
        return "bytes sent to an LED board: tools led --protocol <id> --text \"<text>\" [--width W --height H]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            printHelp(out);
            return 0;
        }
        try {
            Options options = Options.parse(args);
            LedFrame frame = options.protocol().encode(options.message(), options.width(), options.height());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("hex", frame.hex());
            result.put("replaced", frame.replaced());
            out.println(Json.line(result));
            return 0;
        } catch (IllegalArgumentException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("error", e.getMessage());
            err.println(Json.line(error));
            return Tools.USAGE_ERROR;
        }
    }

    /** The parsed command line; every problem is an {@link IllegalArgumentException} naming the option. */
    private record Options(LedProtocol protocol, LedMessage message, int width, int height) {

        static Options parse(List<String> args) {
            String protocolId = null;
            String voice = null;
            Integer width = null;
            Integer height = null;
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                String value = valueOf(args, i++);
                switch (option) {
                    case "--protocol" -> protocolId = once(option, protocolId, value);
                    case "--text" -> lines.add(value);
                    case "--voice" -> voice = once(option, voice, value);
                    case "--width" -> width = pixels(option, width, value);
                    case "--height" -> height = pixels(option, height, value);
                    default -> throw new IllegalArgumentException("unknown option " + option + "; " + USAGE);
                }
            }
            if (protocolId == null) {
                throw new IllegalArgumentException("missing --protocol: expected one of " + protocolIds());
            }
            String id = protocolId;
            LedProtocol protocol = LedProtocol.fromId(id).orElseThrow(() -> new IllegalArgumentException(
                    "invalid --protocol '" + id + "': expected one of " + protocolIds()));
            if (lines.isEmpty() && voice == null) {
                throw new IllegalArgumentException("missing --text: give one --text per board line");
            }
            return new Options(protocol, new LedMessage(lines, voice),
                    Optional.ofNullable(width).orElse(LedProtocol.DEFAULT_WIDTH),
                    Optional.ofNullable(height).orElse(LedProtocol.DEFAULT_HEIGHT));
        }

        private static String valueOf(List<String> args, int index) {
            if (!args.get(index).startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + args.get(index)
                        + "'; options start with --");
            }
            if (index + 1 >= args.size()) {
                throw new IllegalArgumentException("option " + args.get(index) + " needs a value");
            }
            return args.get(index + 1);
        }

        private static String once(String option, String previous, String value) {
            if (previous != null) {
                throw new IllegalArgumentException("option " + option + " is given more than once");
            }
            return value;
        }

        private static Integer pixels(String option, Integer previous, String value) {
            if (previous != null) {
                throw new IllegalArgumentException("option " + option + " is given more than once");
            }
            try {
                return Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("invalid " + option + " '" + value
                        + "': expected a whole number of pixels");
            }
        }

        private static String protocolIds() {
            return Stream.of(LedProtocol.values()).map(LedProtocol::id).collect(Collectors.joining(", "));
        }
    }

    private static void printHelp(PrintStream out) {
        out.println(USAGE);
        out.println("Prints {\"hex\": \"<the frame>\", \"replaced\": [<characters GBK lacks>]}; each replaced"
                + " character is sent as □ (U+25A1). Errors are {\"error\": \"<message>\"} on stderr, exit code 2.");
        out.println("  --protocol ID   onbon-bx5k: Onbon BX-5K/6K card, dynamic area 0, broadcast address FFFE;"
                + " text only, --voice is ignored");
        out.println("                  rs485-board: generic RS-485 display and voice board at address 0; up to 4 rows"
                + " of 32 GBK bytes, a longer line continues on the next row; --voice alone is command 0x30");
        out.println("  --text TEXT     one board line; repeat for more lines (at most 4)");
        out.println("  --voice TEXT    text the board speaks (rs485-board)");
        out.println("  --width W       screen width in pixels for onbon-bx5k (default " + LedProtocol.DEFAULT_WIDTH + ")");
        out.println("  --height H      screen height in pixels for onbon-bx5k (default " + LedProtocol.DEFAULT_HEIGHT + ")");
    }
}

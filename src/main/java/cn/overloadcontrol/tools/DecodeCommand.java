package cn.overloadcontrol.tools;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.IndicatorFramer;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorRejection;
import cn.overloadcontrol.device.IndicatorResult;
import cn.overloadcontrol.device.IndicatorSettingsException;
import cn.overloadcontrol.device.ProtocolOption;

/**
 * {@code tools decode --protocol <id> --hex "<bytes>" [--<option> <value> ...]}: feeds captured
 * indicator bytes through the framer the station uses and prints one JSON line per reading or
 * rejected frame.
 */
final class DecodeCommand implements ToolCommand {

    private static final String USAGE = "Usage: tools decode --protocol <id> --hex \"<bytes>\" [--<option> <value> ...]";

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public String summary() {
        return "decode captured indicator bytes: tools decode --protocol <id> --hex \"<bytes>\" [options]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.contains("--help") || args.contains("-h")) {
            printHelp(out);
            return 0;
        }
        Map<String, String> arguments;
        try {
            arguments = parseArguments(args);
        } catch (IllegalArgumentException e) {
            return usageError(err, e.getMessage());
        }

        String protocolId = arguments.remove("protocol");
        String hex = arguments.remove("hex");
        if (protocolId == null || hex == null) {
            return usageError(err, "--protocol and --hex are required");
        }
        Optional<IndicatorProtocol> protocol = IndicatorProtocol.fromId(protocolId);
        if (protocol.isEmpty()) {
            return usageError(err, "unknown protocol '" + protocolId + "'; expected one of " + protocolIds());
        }
        byte[] bytes;
        try {
            bytes = HexBytes.parse(hex);
        } catch (IllegalArgumentException e) {
            return usageError(err, "--hex: " + e.getMessage());
        }

        List<IndicatorResult> results = new ArrayList<>();
        IndicatorFramer framer;
        try {
            framer = protocol.get().newFramer(arguments, results::add);
        } catch (IndicatorSettingsException e) {
            return usageError(err, e.getMessage());
        }
        framer.accept(bytes);
        framer.flush();
        results.forEach(result -> out.println(Json.line(toJson(result))));
        return 0;
    }

    /** Reads {@code --name value} and {@code --name=value} pairs into a map in argument order. */
    private static Map<String, String> parseArguments(List<String> args) {
        Map<String, String> arguments = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("unexpected argument '" + arg + "'; options start with --");
            }
            String name = arg.substring(2);
            String value;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new IllegalArgumentException("option --" + name + " needs a value");
            }
            if (arguments.put(name, value) != null) {
                throw new IllegalArgumentException("option --" + name + " is given more than once");
            }
        }
        return arguments;
    }

    private static Map<String, Object> toJson(IndicatorResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (result instanceof IndicatorReading reading) {
            json.put("weight", reading.weight());
            json.put("unit", reading.unit().code());
            json.put("stable", reading.stable());
            json.put("overload", reading.overload());
            json.put("checksum", reading.checksum().code());
        } else if (result instanceof IndicatorRejection rejection) {
            json.put("rejected", rejection.reason().code());
            json.put("bytes", rejection.rawHex());
        }
        return json;
    }

    private static int usageError(PrintStream err, String message) {
        err.println("tools decode: " + message);
        err.println(USAGE + "   (tools decode --help lists protocols and options)");
        return Tools.USAGE_ERROR;
    }

    private static String protocolIds() {
        return Stream.of(IndicatorProtocol.values()).map(IndicatorProtocol::id).collect(Collectors.joining(", "));
    }

    private static void printHelp(PrintStream out) {
        out.println(USAGE);
        out.println("Feeds the bytes through the station's framer and prints one JSON object per line:");
        out.println("  a reading  {\"weight\", \"unit\", \"stable\": true|false|null, \"overload\": false,"
                + " \"checksum\": \"ok\"|\"none\"}");
        out.println("  a rejected frame  {\"rejected\": \"<reason>\", \"bytes\": \"<hex>\"}");
        out.println("--hex takes hex digit pairs, with or without spaces, in either case.");
        out.println();
        out.println("Protocols and their options:");
        for (IndicatorProtocol protocol : IndicatorProtocol.values()) {
            out.printf("  %s%n      %s%n", protocol.id(), protocol.summary());
            for (ProtocolOption option : protocol.options()) {
                out.printf("      --%s (default %s)%n          %s%n", option.name(), option.defaultValue(),
                        option.description());
            }
        }
    }
}

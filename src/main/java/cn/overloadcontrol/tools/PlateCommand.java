package cn.overloadcontrol.tools;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.PlateNumber;

/** {@code tools plate <text>}: normalizes and validates a plate number (GA 36). */
final class PlateCommand implements ToolCommand {

    @Override
    public String name() {
        return "plate";
    }

    @Override
    public String summary() {
        return "normalize and validate a plate number: tools plate <text>";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            printUsage(err);
            return Tools.USAGE_ERROR;
        }
        if (args.equals(List.of("--help"))) {
            printUsage(out);
            return 0;
        }

        // Spaces inside a plate are separators, so "晋A 12345" unquoted is still one plate.
        String input = String.join(" ", args);
        PlateNumber plate = PlateNumber.of(input);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("input", input);
        result.put("normalized", plate.normalized());
        result.put("valid", plate.valid());
        result.put("newEnergy", plate.isNewEnergy());
        result.put("trailer", plate.trailer());
        result.put("newEnergySize", plate.isNewEnergy() ? plate.newEnergy().name() : null);
        out.println(Json.line(result));
        return 0;
    }

    private static void printUsage(PrintStream stream) {
        stream.println("Usage: tools plate <text>");
        stream.println("Prints {\"input\", \"normalized\", \"valid\", \"newEnergy\", \"trailer\", \"newEnergySize\"}.");
        stream.println("Separators (· • - spaces) are removed, full-width characters mapped to ASCII and letters"
                + " upper-cased before validating. valid=false means no readable plate (for example 无车牌);"
                + " newEnergySize is SMALL (晋AD12345), LARGE (晋E12345D) or null.");
    }
}

package cn.overloadcontrol.tools;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.CreditCode;

/** {@code tools credit-code <code>...}: checks unified social credit codes (GB 32100). */
final class CreditCodeCommand implements ToolCommand {

    @Override
    public String name() {
        return "credit-code";
    }

    @Override
    public String summary() {
        return "check unified social credit codes: tools credit-code <code> [<code> ...]";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help")) {
            err.println("Usage: tools credit-code <code> [<code> ...]");
            err.println("Prints {\"input\", \"normalized\", \"status\", \"expectedCheckCharacter\"} per code;"
                    + " status is VALID, CHECK_CHARACTER_MISMATCH or MALFORMED.");
            return args.isEmpty() ? Tools.USAGE_ERROR : 0;
        }
        for (String input : args) {
            CreditCode.Check check = CreditCode.check(input);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("input", input);
            result.put("normalized", check.normalized());
            result.put("status", check.status().name());
            result.put("expectedCheckCharacter",
                    check.expectedCheckCharacter() == null ? null : check.expectedCheckCharacter().toString());
            out.println(Json.line(result));
        }
        return 0;
    }
}

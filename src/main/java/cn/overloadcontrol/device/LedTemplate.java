package cn.overloadcontrol.device;

import cn.overloadcontrol.common.PlateNumber;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A configurable LED text with placeholders, such as {@code {plate}|{grossT}吨 超限{excessT}吨|禁止出场}.
 * A {@code |} separates board lines. Placeholders: {@code {plate}} (normalized, so the {@code ·}
 * some cameras insert is dropped), and {@code {grossT}}, {@code {limitT}}, {@code {excessT}} in
 * tonnes with two decimals.
 */
public final class LedTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> NAMES = Set.of("plate", "grossT", "limitT", "excessT");
    private static final String LINE_SEPARATOR = "|";

    /** Shown when a vehicle exceeds its limit and must not leave. */
    public static final LedTemplate OVER_LIMIT = of("{plate}|{grossT}吨 超限{excessT}吨|禁止出场",
            "{plate} 超限 禁止出场");

    /** Shown when a vehicle is within its limit. */
    public static final LedTemplate COMPLIANT = of("{plate}|{grossT}吨 正常|请通行", "{plate} 请通行");

    private final String text;
    private final String voice;

    private LedTemplate(String text, String voice) {
        this.text = text;
        this.voice = voice;
    }

    /**
     * Creates a template from its text and an optional voice text.
     *
     * @throws IllegalArgumentException naming an unknown placeholder
     */
    public static LedTemplate of(String text, String voice) {
        checkPlaceholders(text);
        if (voice != null) {
            checkPlaceholders(voice);
        }
        return new LedTemplate(text, voice);
    }

    /**
     * Fills the placeholders for one weighing.
     *
     * @param plate    plate as read, or the empty string when no plate was read
     * @param grossKg  gross weight in kg
     * @param limitKg  legal limit in kg, or {@code null} when unknown
     * @param excessKg weight above the limit in kg, or {@code null} when not over the limit
     * @throws IllegalArgumentException when the template uses a value that is {@code null}
     */
    public LedMessage render(String plate, long grossKg, Long limitKg, Long excessKg) {
        Map<String, String> values = new HashMap<>();
        values.put("plate", PlateNumber.normalize(plate));
        values.put("grossT", tonnes(grossKg));
        values.put("limitT", limitKg == null ? null : tonnes(limitKg));
        values.put("excessT", excessKg == null ? null : tonnes(excessKg));

        List<String> lines = new ArrayList<>();
        for (String line : text.split(Pattern.quote(LINE_SEPARATOR), -1)) {
            lines.add(fill(line, values));
        }
        return new LedMessage(lines, voice == null ? null : fill(voice, values));
    }

    /** Formats kg as tonnes with two decimals, rounding half up: 49 125 kg is "49.13". */
    static String tonnes(long kg) {
        return BigDecimal.valueOf(kg, 3).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalArgumentException("LED template '" + template + "' uses {" + matcher.group(1)
                        + "}, which has no value for this weighing");
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    private static void checkPlaceholders(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!NAMES.contains(matcher.group(1))) {
                throw new IllegalArgumentException("LED template '" + template + "' has unknown placeholder {"
                        + matcher.group(1) + "}; known are {plate}, {grossT}, {limitT}, {excessT}");
            }
        }
    }

    @Override
    public String toString() {
        return voice == null ? text : text + " (voice: " + voice + ")";
    }
}

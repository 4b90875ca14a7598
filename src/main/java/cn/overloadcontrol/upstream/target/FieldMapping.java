package cn.overloadcontrol.upstream.target;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;

/**
 * How the generic JSON format writes a record for one target: output names, weight unit, time
 * format and code tables. Parsed from the target's mapping JSON by {@link FieldMappingParser}.
 *
 * @param fields output name by field name; when empty, every field keeps its own name
 * @param weightUnit {@code kg} (integers) or {@code t} (tonnes with {@code weightScale} decimals)
 * @param dateFormat a {@link DateTimeFormatter} pattern in China time, {@code ISO} (ISO-8601
 *        with +08:00) or {@code EPOCH_MILLIS}
 * @param plateColorCodes the code set that {@code plateColor} is written in, {@code null} for
 *        the colour name
 * @param codeTables per field, the output code of each value (for example {@code direction})
 * @param constants fields added to every record, such as the sender's platform code
 * @param recordsField the field of the batch body that holds the records; {@code null} sends a
 *        bare JSON array
 * @param idempotencyField the field of each item that carries the task's idempotency key,
 *        {@code null} to leave it out
 */
public record FieldMapping(Map<String, String> fields, String weightUnit, int weightScale, String dateFormat,
        PlateColorCodes plateColorCodes, Map<String, Map<String, String>> codeTables, Map<String, Object> constants,
        String recordsField, String idempotencyField) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final String ISO = "ISO";
    public static final String EPOCH_MILLIS = "EPOCH_MILLIS";

    public FieldMapping {
        fields = Map.copyOf(fields);
        codeTables = Map.copyOf(codeTables);
        constants = Map.copyOf(constants);
    }

    /** Names kept, kg integers, ISO times, colour names, records under {@code records}. */
    public static FieldMapping identity() {
        return new FieldMapping(Map.of(), "kg", 0, ISO, null, Map.of(), Map.of(), "records", "idempotencyKey");
    }

    /** Writes {@code source} as this target expects it, in the order of the mapping (or the source). */
    public Map<String, Object> apply(Map<String, Object> source) {
        Map<String, Object> output = new LinkedHashMap<>();
        if (fields.isEmpty()) {
            source.forEach((name, value) -> output.put(name, convert(name, value)));
        } else {
            fields.forEach((name, outputName) -> {
                Object value = source.get(name);
                if (value != null) {
                    output.put(outputName, convert(name, value));
                }
            });
        }
        output.putAll(constants);
        return output;
    }

    /** Converts one value: weights, times, plate colour and code tables. */
    Object convert(String name, Object value) {
        Map<String, String> table = codeTables.get(name);
        if (table != null && table.containsKey(String.valueOf(value))) {
            return table.get(String.valueOf(value));
        }
        if (value instanceof Instant instant) {
            return formatTime(instant);
        }
        if (name.endsWith("Kg") && value instanceof Number number) {
            return weight(number);
        }
        if (name.equals("plateColor") && plateColorCodes != null) {
            return plateColorCode(String.valueOf(value));
        }
        if (value instanceof List<?> list) {
            return List.copyOf(list);
        }
        return value;
    }

    private Object formatTime(Instant instant) {
        if (EPOCH_MILLIS.equals(dateFormat)) {
            return instant.toEpochMilli();
        }
        if (ISO.equals(dateFormat)) {
            return instant.atZone(CHINA).toOffsetDateTime().toString();
        }
        return DateTimeFormatter.ofPattern(dateFormat).withZone(CHINA).format(instant);
    }

    private Object weight(Number kilograms) {
        if ("t".equals(weightUnit)) {
            return new BigDecimal(kilograms.toString()).movePointLeft(3).setScale(weightScale, RoundingMode.HALF_UP);
        }
        return kilograms;
    }

    /** The colour's code in the target's set; a colour the set cannot express is sent as null. */
    private Object plateColorCode(String colorName) {
        PlateColor color;
        try {
            color = PlateColor.valueOf(colorName);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return plateColorCodes.toCode(color).map(String::valueOf).orElse(null);
    }
}

package cn.overloadcontrol.upstream.target;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.common.PlateColorCodes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a target's mapping JSON. Every key is optional; an omitted key keeps the value of
 * {@link FieldMapping#identity()}. A wrong value is rejected with the key and the rule, so the
 * screen can show it next to the field.
 */
public final class FieldMappingParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> KEYS = Set.of("fields", "weightUnit", "weightScale", "dateFormat",
            "plateColorCodes", "codeTables", "constants", "recordsField", "idempotencyField");

    /**
     * A mapping that cannot be used. The message names the key and the rule in English for logs;
     * screens build their text from {@link #rule()}, {@link #value()} and {@link #args()}.
     */
    public static class InvalidMappingException extends RuntimeException {
        private final String key;
        private final String rule;
        private final String value;
        private final transient Object[] args;

        InvalidMappingException(String key, String rule, String value, String message, Object... args) {
            super(message);
            this.key = key;
            this.rule = rule;
            this.value = value;
            this.args = args.clone();
        }

        public String key() {
            return key;
        }

        /** The broken rule as a stable code, for example {@code weight_unit}. */
        public String rule() {
            return rule;
        }

        /** The offending value as written, or the key itself when the key is the problem. */
        public String value() {
            return value;
        }

        /** Extra message arguments of the rule, such as the line and column of a syntax error. */
        public Object[] args() {
            return args.clone();
        }
    }

    private FieldMappingParser() {
    }

    public static FieldMapping parse(String json) {
        if (json == null || json.isBlank()) {
            return FieldMapping.identity();
        }
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new InvalidMappingException("json", "json_syntax", json,
                    "mapping is not valid JSON: " + e.getOriginalMessage(), line, column);
        }
        if (!root.isObject()) {
            throw new InvalidMappingException("json", "not_object", json, "mapping must be a JSON object");
        }
        for (String name : root.propertyNames()) {
            if (!KEYS.contains(name)) {
                throw new InvalidMappingException(name, "unknown_key", name,
                        "unknown mapping key '" + name + "'; known keys: " + KEYS, String.join(", ", KEYS));
            }
        }
        FieldMapping defaults = FieldMapping.identity();
        return new FieldMapping(
                stringMap(root, "fields"),
                weightUnit(root),
                root.has("weightScale") ? root.get("weightScale").asInt() : 3,
                dateFormat(root),
                plateColorCodes(root),
                codeTables(root),
                constants(root),
                root.has("recordsField") ? nullableText(root.get("recordsField")) : defaults.recordsField(),
                root.has("idempotencyField") ? nullableText(root.get("idempotencyField"))
                        : defaults.idempotencyField());
    }

    private static String weightUnit(JsonNode root) {
        String unit = root.has("weightUnit") ? root.get("weightUnit").asString() : "kg";
        if (!unit.equals("kg") && !unit.equals("t")) {
            throw new InvalidMappingException("weightUnit", "weight_unit", unit, "weightUnit must be \"kg\" or \"t\", not \"" + unit + "\"");
        }
        return unit;
    }

    private static String dateFormat(JsonNode root) {
        String format = root.has("dateFormat") ? root.get("dateFormat").asString() : FieldMapping.ISO;
        if (format.equals(FieldMapping.ISO) || format.equals(FieldMapping.EPOCH_MILLIS)) {
            return format;
        }
        try {
            DateTimeFormatter.ofPattern(format);
        } catch (IllegalArgumentException e) {
            throw new InvalidMappingException("dateFormat", "date_format", format, "dateFormat \"" + format
                    + "\" is not a valid pattern such as yyyy-MM-dd HH:mm:ss: " + e.getMessage());
        }
        return format;
    }

    private static PlateColorCodes plateColorCodes(JsonNode root) {
        if (!root.has("plateColorCodes") || root.get("plateColorCodes").isNull()) {
            return null;
        }
        String name = root.get("plateColorCodes").asString();
        try {
            return PlateColorCodes.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidMappingException("plateColorCodes", "plate_color_codes", name, "plateColorCodes must be JTT_697_7_2014 or TOLL, not \""
                    + name + "\"");
        }
    }

    private static Map<String, Map<String, String>> codeTables(JsonNode root) {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        JsonNode node = root.get("codeTables");
        if (node == null) {
            return tables;
        }
        requireObject(node, "codeTables");
        for (String field : node.propertyNames()) {
            tables.put(field, stringMap(node, field));
        }
        return tables;
    }

    private static Map<String, Object> constants(JsonNode root) {
        Map<String, Object> constants = new LinkedHashMap<>();
        JsonNode node = root.get("constants");
        if (node == null) {
            return constants;
        }
        requireObject(node, "constants");
        for (String name : node.propertyNames()) {
            JsonNode value = node.get(name);
            constants.put(name, value.isNumber() ? value.numberValue() : value.asString());
        }
        return constants;
    }

    private static Map<String, String> stringMap(JsonNode parent, String key) {
        Map<String, String> map = new LinkedHashMap<>();
        JsonNode node = parent.get(key);
        if (node == null) {
            return map;
        }
        requireObject(node, key);
        for (String name : node.propertyNames()) {
            map.put(name, node.get(name).asString());
        }
        return map;
    }

    private static void requireObject(JsonNode node, String key) {
        if (!node.isObject()) {
            throw new InvalidMappingException(key, "name_value_object", key, key + " must be a JSON object of name to value");
        }
    }

    private static String nullableText(JsonNode node) {
        return node.isNull() ? null : node.asString();
    }
}

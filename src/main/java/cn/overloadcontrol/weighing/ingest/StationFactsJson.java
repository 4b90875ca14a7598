package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the canonical JSON of the plate read, evidence report and board message of a
 * record: absent fields are left out, enums by name and times as UTC instants, so writing what
 * was read gives the same text and the same hash.
 */
final class StationFactsJson {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StationFactsJson() {
    }

    static void put(Map<String, Object> fields, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Enum<?> constant) {
            fields.put(name, constant.name());
        } else if (value instanceof Instant instant) {
            fields.put(name, instant.toString());
        } else {
            fields.put(name, value);
        }
    }

    static JsonNode read(String canonicalJson) {
        return JSON.readTree(canonicalJson);
    }

    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asString();
    }

    static Integer integer(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asInt();
    }

    static Instant instant(JsonNode node, String name) {
        String text = text(node, name);
        return text == null ? null : Instant.parse(text);
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, JsonNode node, String name) {
        String text = text(node, name);
        return text == null ? null : Enum.valueOf(type, text);
    }
}

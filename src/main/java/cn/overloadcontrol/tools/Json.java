package cn.overloadcontrol.tools;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/** Writes one JSON object per line, keeping the field order of the map. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String line(Map<String, ?> fields) {
        return MAPPER.writeValueAsString(fields);
    }
}

package cn.overloadcontrol.device.camera;

import cn.overloadcontrol.device.CameraPushException;
import cn.overloadcontrol.device.CameraPushException.Code;
import java.util.Base64;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A JSON camera push, read by field paths such as {@code Picture.Plate.PlateNumber}. */
final class JsonPush {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final JsonNode root;

    private JsonPush(JsonNode root) {
        this.root = root;
    }

    static JsonPush parse(byte[] body) {
        try {
            JsonNode root = MAPPER.readTree(body);
            if (root == null || !root.isObject()) {
                throw new CameraPushException(Code.INVALID_JSON, "invalid JSON: the body is not a JSON object");
            }
            return new JsonPush(root);
        } catch (JacksonException e) {
            throw new CameraPushException(Code.INVALID_JSON, "invalid JSON: " + e.getOriginalMessage(), e);
        }
    }

    boolean has(String path) {
        return !node(path).isMissingNode();
    }

    /** Returns the value at a dotted path as text, or the empty string when it is missing or null. */
    String text(String path) {
        JsonNode node = node(path);
        return node.isMissingNode() || node.isNull() ? "" : node.asString().strip();
    }

    /** Returns a whole number at a dotted path, or {@code null} when it is missing, null or empty. */
    Long number(String path) {
        String text = text(path);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw new CameraPushException(Code.INVALID_FIELD, path + " '" + text + "' is not a whole number");
        }
    }

    /** Decodes base64 at a dotted path, accepting line breaks; {@code null} when the field is missing or empty. */
    byte[] base64(String path) {
        String text = text(path);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll(""));
        } catch (IllegalArgumentException e) {
            throw new CameraPushException(Code.INVALID_FIELD, path + " is not valid base64: " + e.getMessage());
        }
    }

    private JsonNode node(String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node;
    }
}

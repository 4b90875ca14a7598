package cn.overloadcontrol.weighing.api;

import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.weighing.ingest.WeighingRecordRequest;
import cn.overloadcontrol.weighing.media.InlineMedia;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads record JSON strictly: an unknown field or a fraction in an integer field is a problem
 * of that field, because silently dropping or rounding it would store something the station
 * did not send.
 */
@Component
class RecordJsonReader {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private static final String MEDIA = "media";

    /** The body is not JSON of the expected shape. */
    static final class UnreadableBodyException extends RuntimeException {

        UnreadableBodyException(String message) {
            super(message);
        }
    }

    /** One record and its inline media, or the problems that made it unreadable. */
    record Item(WeighingRecordRequest request, List<InlineMedia> media, List<FieldProblem> problems) {

        Item(WeighingRecordRequest request, List<FieldProblem> problems) {
            this(request, List.of(), problems);
        }
    }

    /**
     * Reads a single record.
     *
     * @throws UnreadableBodyException when the body is not a JSON object
     */
    Item readRecord(byte[] body) {
        JsonNode root = tree(body);
        if (!root.isObject()) {
            throw new UnreadableBodyException("the body must be one JSON object");
        }
        return item(root);
    }

    /**
     * Reads the records of a batch body {@code {"records": [...]}}.
     *
     * @throws UnreadableBodyException when the body has no {@code records} array
     */
    List<Item> readBatch(byte[] body) {
        JsonNode records = tree(body).get("records");
        if (records == null || !records.isArray()) {
            throw new UnreadableBodyException("the body must be a JSON object with a \"records\" array");
        }
        List<Item> items = new ArrayList<>();
        records.forEach(node -> items.add(item(node)));
        return items;
    }

    private JsonNode tree(byte[] body) {
        if (body.length == 0) {
            throw new UnreadableBodyException("the body is empty");
        }
        try {
            return json.readTree(body);
        } catch (JacksonException e) {
            throw new UnreadableBodyException("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private Item item(JsonNode node) {
        if (!node.isObject()) {
            return new Item(null, List.of(FieldProblem.error("", node.toString(), "json.not_object")));
        }
        ObjectNode record = (ObjectNode) node.deepCopy();
        JsonNode media = record.remove(MEDIA);
        List<InlineMedia> inlineMedia;
        try {
            inlineMedia = inlineMedia(media);
        } catch (JacksonException e) {
            return new Item(null, List.of(problem(e, MEDIA)));
        }
        try {
            return new Item(json.treeToValue(record, WeighingRecordRequest.class), inlineMedia, List.of());
        } catch (JacksonException e) {
            return new Item(null, List.of(problem(e, "")));
        }
    }

    private static FieldProblem problem(JacksonException e, String pathPrefix) {
        String field = pathPrefix + path(e);
        if (e instanceof UnrecognizedPropertyException) {
            return FieldProblem.error(field, null, "json.unknown_field");
        }
        return FieldProblem.error(field, rejectedValue(e), "json.type_mismatch");
    }

    // The media array is not part of the record content, so it never changes the record's hash.
    private List<InlineMedia> inlineMedia(JsonNode media) {
        if (media == null || media.isNull()) {
            return List.of();
        }
        return List.of(json.treeToValue(media, InlineMedia[].class));
    }

    private static String rejectedValue(JacksonException e) {
        return e instanceof InvalidFormatException invalid && invalid.getValue() != null
                ? invalid.getValue().toString() : null;
    }

    /** Returns the JSON path of the failing field, for example {@code grossKg}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

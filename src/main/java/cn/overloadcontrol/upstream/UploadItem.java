package cn.overloadcontrol.upstream;

import java.util.List;
import java.util.Map;

/**
 * The content of one task, assembled by the sender before a format writes it. Every item carries
 * the task's idempotency key, which stays the same on every retry.
 */
public sealed interface UploadItem {

    String idempotencyKey();

    /**
     * A weighing record. {@code fields} holds the record's fields by API name plus
     * {@code stationCode}, {@code unitName} and {@code unitCreditCode}; {@code inlineMedia} is
     * filled only for targets that take media inline.
     */
    record Record(String idempotencyKey, Map<String, Object> fields, List<Media> inlineMedia) implements UploadItem {
    }

    /** An evidence file of a record, with its bytes. */
    record Media(String idempotencyKey, long recordId, String recordNumber, String stationCode, String kind,
            String sha256, String contentType, byte[] content) implements UploadItem {
    }

    /** The full unit list ({@code UNIT}) or station list ({@code STATION}), one map per entry. */
    record Registry(String idempotencyKey, String kind, List<Map<String, Object>> entries) implements UploadItem {
    }
}

package cn.overloadcontrol.weighing;

import java.time.Instant;
import java.util.Map;

/**
 * A stored record as the upload formats read it. {@code fields} holds every non-null field by
 * its API name (for example {@code plateNumber}, {@code grossKg}, {@code weighedAt}) with the
 * judgement ({@code limitKg}, {@code excessKg}, {@code excessRate}, {@code verdict}): weights in
 * kg as integers, times as {@link Instant}, enumerations by name.
 */
public record UploadRecord(long id, long stationId, long unitId, Instant weighedAt, Map<String, Object> fields) {

    public UploadRecord {
        fields = Map.copyOf(fields);
    }
}

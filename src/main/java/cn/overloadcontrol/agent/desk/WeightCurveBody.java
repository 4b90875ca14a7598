package cn.overloadcontrol.agent.desk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the {@code weightCurve} object of a record request from the curve and raw frames that
 * the journal keeps, within the platform's rules: at most 3,000 points and frames, times in ms
 * after the earliest point or frame and never decreasing, whole kg in 0..200,000, frames of at
 * most 64 bytes.
 */
final class WeightCurveBody {

    static final int MAX_POINTS = 3_000;
    static final int MAX_FRAMES = 3_000;
    static final int MAX_FRAME_BYTES = 64;
    static final long MAX_KG = 200_000;
    static final long MAX_T_MS = 86_400_000;

    private WeightCurveBody() {
    }

    /** Returns the object, or {@code null} when the journal has neither points nor frames. */
    static ObjectNode of(JsonMapper json, JsonNode curve, JsonNode frames) {
        List<JsonNode> points = capped(curve, MAX_POINTS);
        // NOTE: a frame longer than 64 bytes (line noise without a frame end) is left out of the record;
        // the station journal still keeps it.
        List<JsonNode> shortFrames = new ArrayList<>();
        frames.forEach(frame -> {
            if (frame.path("hex").asString("").replace(" ", "").length() / 2 <= MAX_FRAME_BYTES) {
                shortFrames.add(frame);
            }
        });
        List<JsonNode> keptFrames = capped(shortFrames, MAX_FRAMES);
        if (points.isEmpty() && keptFrames.isEmpty()) {
            return null;
        }
        Instant origin = origin(points, keptFrames);

        ObjectNode body = json.createObjectNode();
        var pointArray = body.putArray("points");
        long previous = 0;
        for (JsonNode point : points) {
            previous = offset(origin, point, previous);
            var node = pointArray.addObject();
            node.put("t", previous);
            node.put("kg", kilograms(point.path("kg").decimalValue()));
            if (point.has("stable")) {
                node.put("stable", point.path("stable").asBoolean());
            }
        }
        var frameArray = body.putArray("frames");
        previous = 0;
        for (JsonNode frame : keptFrames) {
            previous = offset(origin, frame, previous);
            var node = frameArray.addObject();
            node.put("t", previous);
            node.put("hex", frame.path("hex").asString());
        }
        return body;
    }

    /** Keeps the first {@code max - 1} entries and the last, which is the final reading. */
    private static List<JsonNode> capped(Iterable<JsonNode> entries, int max) {
        List<JsonNode> all = new ArrayList<>();
        entries.forEach(all::add);
        if (all.size() <= max) {
            return all;
        }
        List<JsonNode> kept = new ArrayList<>(all.subList(0, max - 1));
        kept.add(all.get(all.size() - 1));
        return kept;
    }

    private static Instant origin(List<JsonNode> points, List<JsonNode> frames) {
        Instant origin = null;
        for (List<JsonNode> list : List.of(points, frames)) {
            if (!list.isEmpty()) {
                Instant first = Instant.parse(list.get(0).path("at").asString());
                origin = origin == null || first.isBefore(origin) ? first : origin;
            }
        }
        return origin;
    }

    /**
     * Returns the ms after {@code origin}, never less than the previous entry's: a clock step back
     * during the passage must not make the platform reject the record.
     */
    private static long offset(Instant origin, JsonNode entry, long previous) {
        long ms = Duration.between(origin, Instant.parse(entry.path("at").asString())).toMillis();
        return Math.min(MAX_T_MS, Math.max(previous, ms));
    }

    /** Rounds half up to whole kg, like the gross weight; a reading below zero (zero drift) is sent as 0. */
    private static long kilograms(BigDecimal kg) {
        long whole = kg.setScale(0, RoundingMode.HALF_UP).longValue();
        return Math.max(0, Math.min(MAX_KG, whole));
    }
}

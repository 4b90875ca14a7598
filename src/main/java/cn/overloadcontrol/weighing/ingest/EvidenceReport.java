package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * The validated evidence report of a record: the lane's camera count and the captures that
 * failed. Its canonical JSON is stored with the record and is part of the record content.
 */
public record EvidenceReport(int cameras, List<Missing> missing) {

    /** The part of the truck a camera views, named as the station's camera positions are. */
    public enum Position { FRONT, REAR, SIDE, TOP, CARGO }

    /** The kind of capture that failed. */
    public enum Capture { SNAPSHOT, CLIP }

    /** One failed capture; {@code reason} is Chinese text or {@code null}. */
    public record Missing(String cameraId, Position position, Capture kind, String reason) {
    }

    public EvidenceReport {
        missing = List.copyOf(missing);
    }

    /** True when a snapshot is missing, which flags the record {@link RecordFlag#PHOTO_MISSING}. */
    public boolean snapshotMissing() {
        return missing.stream().anyMatch(item -> item.kind() == Capture.SNAPSHOT);
    }

    /** True when a clip is missing, which flags the record {@link RecordFlag#CLIP_MISSING}. */
    public boolean clipMissing() {
        return missing.stream().anyMatch(item -> item.kind() == Capture.CLIP);
    }

    String canonicalJson() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (Missing item : missing) {
            Map<String, Object> map = new TreeMap<>();
            StationFactsJson.put(map, "cameraId", item.cameraId());
            StationFactsJson.put(map, "position", item.position());
            StationFactsJson.put(map, "kind", item.kind());
            StationFactsJson.put(map, "reason", item.reason());
            items.add(map);
        }
        Map<String, Object> fields = new TreeMap<>();
        fields.put("cameras", cameras);
        fields.put("missing", items);
        return CanonicalJson.write(fields);
    }

    /** Reads a report back from its stored canonical JSON; {@code null} for {@code null}. */
    static EvidenceReport fromJson(String canonicalJson) {
        if (canonicalJson == null) {
            return null;
        }
        JsonNode root = StationFactsJson.read(canonicalJson);
        List<Missing> missing = new ArrayList<>();
        for (JsonNode node : root.path("missing")) {
            missing.add(new Missing(StationFactsJson.text(node, "cameraId"),
                    StationFactsJson.enumOf(Position.class, node, "position"),
                    StationFactsJson.enumOf(Capture.class, node, "kind"), StationFactsJson.text(node, "reason")));
        }
        return new EvidenceReport(root.path("cameras").asInt(), missing);
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;

/**
 * The validated board message of a record. Its canonical JSON is stored with the record and is
 * part of the record content.
 *
 * @param error why showing failed, {@code null} when it was shown or the station gave no reason
 */
public record LedMessage(String text, String boardId, String protocol, String address, Instant shownAt,
        Outcome outcome, String error) {

    /** Whether the board took the message. */
    public enum Outcome { SHOWN, FAILED }

    /** Returns the time shown in China time (UTC+8) for screens, {@code null} when not sent. */
    public OffsetDateTime shownAtInChina() {
        return shownAt == null ? null : shownAt.atOffset(StationFactsJson.CHINA);
    }

    String canonicalJson() {
        Map<String, Object> fields = new TreeMap<>();
        StationFactsJson.put(fields, "text", text);
        StationFactsJson.put(fields, "boardId", boardId);
        StationFactsJson.put(fields, "protocol", protocol);
        StationFactsJson.put(fields, "address", address);
        StationFactsJson.put(fields, "shownAt", shownAt);
        StationFactsJson.put(fields, "outcome", outcome);
        StationFactsJson.put(fields, "error", error);
        return CanonicalJson.write(fields);
    }

    /** Reads a message back from its stored canonical JSON; {@code null} for {@code null}. */
    static LedMessage fromJson(String canonicalJson) {
        if (canonicalJson == null) {
            return null;
        }
        JsonNode root = StationFactsJson.read(canonicalJson);
        return new LedMessage(StationFactsJson.text(root, "text"), StationFactsJson.text(root, "boardId"),
                StationFactsJson.text(root, "protocol"), StationFactsJson.text(root, "address"),
                StationFactsJson.instant(root, "shownAt"), StationFactsJson.enumOf(Outcome.class, root, "outcome"),
                StationFactsJson.text(root, "error"));
    }
}

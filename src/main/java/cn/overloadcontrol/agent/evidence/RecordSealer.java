package cn.overloadcontrol.agent.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.agent.platform.OutgoingRecords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Freezes the request of a record once its evidence is settled: the capture's {@code EVIDENCE}
 * entry is journaled or its deadline passed, and the LED board's {@code LED_SHOWN} entry is
 * journaled or the LED wait passed. The frozen request, with {@code plateRead}, {@code evidence}
 * and {@code ledMessage} added, goes into a {@code SEALED} entry together with the list of media
 * files, so every resend sends the same bytes and the media forwarder finds the files to upload there.
 */
public final class RecordSealer implements OutgoingRecords {

    private static final Logger log = LoggerFactory.getLogger(RecordSealer.class);
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneOffset.ofHours(8));
    private static final String CAPTURE_TIMED_OUT = "采集未在时限内完成";

    private final JsonMapper json = JsonMapper.builder().build();
    private final Journal journal;
    private final PlateReads plates;
    private final EvidenceCapture capture;
    private final StationCameras cameras;
    private final Duration settleDeadline;
    private final Duration ledWait;
    private final Clock clock;
    private volatile Map<Long, JsonNode> sealed;

    public RecordSealer(Journal journal, PlateReads plates, EvidenceCapture capture, StationCameras cameras,
            Duration settleDeadline, Duration ledWait, Clock clock) {
        this.journal = journal;
        this.plates = plates;
        this.capture = capture;
        this.cameras = cameras;
        this.settleDeadline = settleDeadline;
        this.ledWait = ledWait;
        this.clock = clock;
    }

    @Override
    public synchronized Optional<JsonNode> requestFor(JournalEntry record) {
        JsonNode frozen = sealed().get(record.sequence());
        if (frozen != null) {
            return Optional.of(frozen);
        }
        long passageSequence = record.data().path("passageSequence").asLong();
        JournalEntry passage = entry(passageSequence - 1, entry -> entry.sequence() == passageSequence);
        JournalEntry evidence = entry(passageSequence, entry -> entry.type() == EntryType.EVIDENCE
                && entry.data().path("passageSequence").asLong() == passageSequence);
        JournalEntry led = entry(record.sequence(), entry -> entry.type() == EntryType.LED_SHOWN
                && entry.data().path("recordSequence").asLong() == record.sequence());
        Instant now = clock.instant();
        boolean capturing = capture.expectsEvidence() && evidence == null && passage != null
                && now.isBefore(passage.at().plus(settleDeadline));
        boolean showing = led == null && now.isBefore(record.at().plus(ledWait));
        if (capturing || showing) {
            return Optional.empty();
        }
        return Optional.of(seal(record, passage, evidence, led));
    }

    private JsonNode seal(JournalEntry record, JournalEntry passage, JournalEntry evidence, JournalEntry led) {
        ObjectNode request = (ObjectNode) record.data().get("request").deepCopy();
        ArrayNode media = json.createArrayNode();
        Optional<PlateReads.PlateRead> read = passage == null ? Optional.empty() : plates.match(passage.sequence());
        if (read.isPresent()) {
            request.set("plateRead", read.get().toRequestField(json));
            addMedia(media, "FRONT_PLATE", read.get().cameraId(), read.get().pictureSha256());
        } else if (request.hasNonNull("plateNumber") && !cameras.plate().isEmpty()) {
            request.set("plateRead", operatorRead(request, record));
        }
        if (capture.expectsEvidence()) {
            request.set("evidence", evidence(evidence, media));
        }
        if (led != null) {
            request.set("ledMessage", ledMessage(led));
        }
        String recordNumber = request.path("recordNumber").asString();
        journal.append(EntryType.SEALED, sequence -> {
            ObjectNode data = json.createObjectNode();
            data.put("recordSequence", record.sequence());
            data.put("recordNumber", recordNumber);
            data.set("request", request);
            data.set("media", media);
            return data;
        });
        sealed().put(record.sequence(), request);
        log.info("Sealed record {} with {} media files{}", recordNumber, media.size(),
                evidence == null && capture.expectsEvidence() ? " (camera capture did not finish in time)" : "");
        return request;
    }

    /** Builds the {@code plateRead} of a plate that the operator typed because no camera read matched. */
    private ObjectNode operatorRead(ObjectNode request, JournalEntry record) {
        ObjectNode node = json.createObjectNode();
        node.put("source", "OPERATOR");
        node.put("rawPlate", request.path("plateNumber").asString());
        node.put("readAt", API_TIME.format(record.at()));
        return node;
    }

    private ObjectNode evidence(JournalEntry evidence, ArrayNode media) {
        ObjectNode node = json.createObjectNode();
        node.put("cameras", cameras.rtsp().size());
        ArrayNode missing = node.putArray("missing");
        if (evidence == null) {
            for (StationCameras.RtspCamera camera : cameras.rtsp()) {
                addMissing(missing, camera, "SNAPSHOT");
                addMissing(missing, camera, "CLIP");
            }
            return node;
        }
        for (JsonNode file : evidence.data().path("files")) {
            addMedia(media, file.path("kind").asString(), file.path("cameraId").asString(),
                    file.path("sha256").asString());
        }
        for (JsonNode item : evidence.data().path("missing")) {
            ObjectNode copy = missing.addObject();
            copy.put("cameraId", item.path("cameraId").asString());
            copy.put("position", item.path("position").asString());
            copy.put("kind", item.path("kind").asString());
            copy.put("reason", item.path("reason").asString());
        }
        return node;
    }

    private static void addMissing(ArrayNode missing, StationCameras.RtspCamera camera, String kind) {
        ObjectNode item = missing.addObject();
        item.put("cameraId", camera.id());
        item.put("position", camera.snapshot().position().name());
        item.put("kind", kind);
        item.put("reason", CAPTURE_TIMED_OUT);
    }

    private ObjectNode ledMessage(JournalEntry led) {
        ObjectNode node = json.createObjectNode();
        JsonNode data = led.data();
        node.put("text", data.path("text").asString(""));
        node.put("boardId", data.path("boardId").asString(""));
        node.put("protocol", data.path("protocol").asString(""));
        node.put("address", data.path("address").asString(""));
        String shownAt = data.path("shownAt").asString("");
        node.put("shownAt", shownAt.isEmpty() ? null : API_TIME.format(Instant.parse(shownAt)));
        node.put("outcome", data.path("outcome").asString(""));
        node.put("error", data.hasNonNull("error") ? data.get("error").asString() : null);
        return node;
    }

    private static void addMedia(ArrayNode media, String kind, String cameraId, String sha256) {
        if (sha256 == null || sha256.isEmpty()) {
            return;
        }
        ObjectNode file = media.addObject();
        file.put("kind", kind);
        file.put("cameraId", cameraId);
        file.put("sha256", sha256);
    }

    private JournalEntry entry(long after, java.util.function.Predicate<JournalEntry> filter) {
        return journal.after(after, filter, 1).stream().findFirst().orElse(null);
    }

    private Map<Long, JsonNode> sealed() {
        if (sealed == null) {
            Map<Long, JsonNode> found = new ConcurrentHashMap<>();
            for (JournalEntry entry : journal.entries()) {
                if (entry.type() == EntryType.SEALED) {
                    found.put(entry.data().path("recordSequence").asLong(), entry.data().get("request"));
                }
            }
            sealed = found;
        }
        return sealed;
    }
}

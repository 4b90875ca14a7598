package cn.overloadcontrol.agent.desk;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns passages into weighing records. A passage is journaled the moment the cycle reports it;
 * the record the operator completes is journaled next, and only then may it be sent. The record
 * number is the journal date and sequence ({@code 20261204-00000042}), unique within one journal.
 */
public class PassageDesk {

    private static final Logger log = LoggerFactory.getLogger(PassageDesk.class);
    /** Record times are sent in China time, as the platform shows them. */
    private static final ZoneId CHINA = ZoneOffset.ofHours(8);
    private static final DateTimeFormatter NUMBER_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(CHINA);
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(CHINA);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Journal journal;
    private final DeliveryCursor cursor;
    private final Runnable recordWritten;
    private final String direction;
    private final Integer laneNo;
    private final List<RecordListener> recordListeners = new CopyOnWriteArrayList<>();

    /**
     * @param recordWritten called after a record is journaled, to wake the forwarder
     * @param direction     OUTBOUND or INBOUND, the direction of this weighbridge
     * @param laneNo        the lane number on the platform, or {@code null} when not set
     */
    public PassageDesk(Journal journal, DeliveryCursor cursor, Runnable recordWritten, String direction,
            Integer laneNo) {
        this.journal = journal;
        this.cursor = cursor;
        this.recordWritten = recordWritten;
        this.direction = direction;
        this.laneNo = laneNo;
    }

    /** Adds a listener that receives every record after it is journaled. */
    public void addRecordListener(RecordListener listener) {
        recordListeners.add(listener);
    }

    /** Journals a passage; returns its journal sequence. */
    public long recordPassage(PassageFacts facts) {
        JournalEntry entry = journal.append(EntryType.PASSAGE, sequence -> {
            ObjectNode data = json.createObjectNode();
            data.put("passageId", facts.passageId().toString());
            putTime(data, "vehicleOnAt", facts.vehicleOnAt());
            putTime(data, "stableAt", facts.stableAt());
            putTime(data, "leftAt", facts.leftAt());
            data.put("weightKg", facts.weightKg());
            data.put("cheatingSuspected", facts.cheatingSuspected());
            data.put("cheatingReason", facts.cheatingReason());
            data.set("curve", facts.curve());
            data.set("frames", facts.frames());
            return data;
        });
        log.info("Journaled passage {} of {} kg as entry {}", facts.passageId(), facts.weightKg(), entry.sequence());
        return entry.sequence();
    }

    /**
     * Journals a cheating suspicion. A passage journaled earlier gets a flag entry, and one
     * never journaled (the cycle records no passage with an alarm) is journaled now, flagged,
     * so that the operator decides about it.
     */
    public synchronized void flagCheating(PassageFacts facts) {
        Long sequence = passageSequence(facts.passageId().toString());
        if (sequence == null) {
            recordPassage(facts);
            return;
        }
        journal.append(EntryType.CHEATING_FLAG, next -> {
            ObjectNode data = json.createObjectNode();
            data.put("passageSequence", sequence);
            data.put("reason", facts.cheatingReason());
            return data;
        });
        log.warn("Cheating suspected on journaled passage {} (entry {}): {}", facts.passageId(), sequence,
                facts.cheatingReason());
    }

    /**
     * Journals that the vehicle of a journaled passage left, with the full curve and frames.
     * A passage that was never journaled (it never became stable) leaves no entry.
     */
    public synchronized void passageLeft(PassageFacts facts) {
        Long sequence = passageSequence(facts.passageId().toString());
        if (sequence == null) {
            log.info("Passage {} left without a stable weight; nothing journaled", facts.passageId());
            return;
        }
        journal.append(EntryType.LEFT, next -> {
            ObjectNode data = json.createObjectNode();
            data.put("passageSequence", sequence);
            putTime(data, "leftAt", facts.leftAt());
            data.set("curve", facts.curve());
            data.set("frames", facts.frames());
            return data;
        });
    }

    /**
     * Journals the record of a pending passage with the operator's input, and wakes the forwarder.
     *
     * @throws IllegalArgumentException when no pending passage has that sequence
     */
    public synchronized String complete(long passageSequence, OperatorInput input) {
        JournalEntry passage = pendingEntry(passageSequence);
        java.util.Optional<JournalEntry> left = laterEntry(passageSequence, EntryType.LEFT);
        String leftAt = left.map(entry -> entry.text("leftAt")).orElse(passage.text("leftAt"));
        // The LEFT entry has the whole curve up to the exit; without one, the curve up to the stable reading.
        JournalEntry curveSource = left.orElse(passage);
        JournalEntry record = journal.append(EntryType.RECORD, sequence -> {
            ObjectNode data = json.createObjectNode();
            data.put("passageSequence", passageSequence);
            data.put("passageId", passage.text("passageId"));
            data.set("request", request(recordNumber(passage, sequence), passage, leftAt, input, curveSource));
            return data;
        });
        recordWritten.run();
        String recordNumber = record.data().path("request").path("recordNumber").asString();
        log.info("Journaled record {} (entry {}) of passage entry {}", recordNumber, record.sequence(),
                passageSequence);
        notifyListeners(record, recordNumber);
        return recordNumber;
    }

    /**
     * Journals that a passage needs no record, for example an empty test drive.
     *
     * @throws IllegalArgumentException when no pending passage has that sequence
     */
    public synchronized void dismiss(long passageSequence, String reason, String operatorName) {
        pendingEntry(passageSequence);
        journal.append(EntryType.DISMISSED, sequence -> {
            ObjectNode data = json.createObjectNode();
            data.put("passageSequence", passageSequence);
            data.put("reason", reason);
            data.put("operatorName", operatorName);
            return data;
        });
        log.info("Passage entry {} dismissed by {}: {}", passageSequence, operatorName, reason);
    }

    /** Returns the passages without a record or dismissal, oldest first. */
    public List<PendingPassage> pending() {
        Set<Long> closed = new HashSet<>();
        Map<Long, String> flags = new HashMap<>();
        List<JournalEntry> passages = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            switch (entry.type()) {
                case PASSAGE -> passages.add(entry);
                case RECORD, DISMISSED -> closed.add(entry.data().path("passageSequence").asLong());
                case CHEATING_FLAG -> flags.put(entry.data().path("passageSequence").asLong(), entry.text("reason"));
                default -> { }
            }
        }
        return passages.stream()
                .filter(entry -> !closed.contains(entry.sequence()))
                .map(entry -> {
                    String flag = flags.get(entry.sequence());
                    boolean cheating = entry.data().path("cheatingSuspected").asBoolean() || flag != null;
                    String reason = flag != null ? flag : entry.text("cheatingReason");
                    return new PendingPassage(entry.sequence(), entry.text("passageId"),
                            java.time.Instant.parse(entry.text("stableAt")), grossKg(entry), cheating, reason);
                })
                .toList();
    }

    /** Returns the newest records first, at most {@code max}, with their delivery state. */
    public List<RecordLine> recent(int max) {
        List<JournalEntry> entries = journal.entries();
        Map<Long, String> rejections = new HashMap<>();
        entries.stream()
                .filter(entry -> entry.type() == EntryType.REJECTED)
                .forEach(entry -> rejections.put(entry.data().path("recordSequence").asLong(),
                        entry.data().path("answer").toString()));
        long delivered = cursor.value();
        List<RecordLine> lines = new ArrayList<>();
        for (int index = entries.size() - 1; index >= 0 && lines.size() < max; index--) {
            JournalEntry entry = entries.get(index);
            if (entry.type() != EntryType.RECORD) {
                continue;
            }
            String rejection = rejections.get(entry.sequence());
            String state = rejection != null ? "REJECTED" : entry.sequence() <= delivered ? "SENT" : "PENDING";
            var request = entry.data().path("request");
            lines.add(new RecordLine(entry.sequence(), request.path("recordNumber").asString(),
                    request.path("plateNumber").asString(""), request.path("grossKg").asLong(),
                    java.time.OffsetDateTime.parse(request.path("weighedAt").asString()).toInstant(),
                    request.path("releaseDecision").asString(""), state, rejection));
        }
        return lines;
    }

    /** Calls each record listener; a failing listener is logged, because the record is on disk already. */
    private void notifyListeners(JournalEntry record, String recordNumber) {
        for (RecordListener listener : recordListeners) {
            try {
                listener.recordJournaled(record);
            } catch (RuntimeException e) {
                log.warn("Record listener {} failed on record {}", listener, recordNumber, e);
            }
        }
    }

    private JournalEntry pendingEntry(long passageSequence) {
        return pending().stream()
                .filter(passage -> passage.sequence() == passageSequence)
                .findFirst()
                .flatMap(passage -> journal.after(passageSequence - 1,
                        entry -> entry.sequence() == passageSequence, 1).stream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("No pending passage with journal entry "
                        + passageSequence));
    }

    private Long passageSequence(String passageId) {
        return journal.entries().stream()
                .filter(entry -> entry.type() == EntryType.PASSAGE && passageId.equals(entry.text("passageId")))
                .map(JournalEntry::sequence)
                .reduce((first, second) -> second)
                .orElse(null);
    }

    private java.util.Optional<JournalEntry> laterEntry(long passageSequence, EntryType type) {
        return journal.after(passageSequence, entry -> entry.type() == type
                && entry.data().path("passageSequence").asLong() == passageSequence, 1).stream().findFirst();
    }

    private ObjectNode request(String recordNumber, JournalEntry passage, String leftAt, OperatorInput input,
            JournalEntry curveSource) {
        ObjectNode request = json.createObjectNode();
        request.put("recordNumber", recordNumber);
        if (laneNo != null) {
            request.put("laneNo", laneNo);
        }
        request.put("direction", direction);
        putText(request, "plateNumber", input.plateNumber());
        putText(request, "plateColorCode", input.plateColorCode());
        if (input.axleCount() != null) {
            request.put("axleCount", input.axleCount());
            request.put("axleCountSource", "OPERATOR");
        }
        putText(request, "vehicleType", input.vehicleType());
        request.put("grossKg", grossKg(passage));
        request.put("weighedAt", passage.text("stableAt") == null ? null
                : API_TIME.format(java.time.Instant.parse(passage.text("stableAt"))));
        request.put("stableAt", API_TIME.format(java.time.Instant.parse(passage.text("stableAt"))));
        if (leftAt != null) {
            request.put("exitedAt", API_TIME.format(java.time.Instant.parse(leftAt)));
        }
        putText(request, "cargoName", input.cargoName());
        putText(request, "loadingBillNumber", input.loadingBillNumber());
        putText(request, "releaseDecision", input.releaseDecision());
        putText(request, "operatorName", input.operatorName());
        ObjectNode curve = WeightCurveBody.of(json, curveSource.data().path("curve"),
                curveSource.data().path("frames"));
        if (curve != null) {
            request.set("weightCurve", curve);
        }
        return request;
    }

    private static String recordNumber(JournalEntry passage, long sequence) {
        return NUMBER_DATE.format(java.time.Instant.parse(passage.text("stableAt"))) + "-%08d".formatted(sequence);
    }

    private static long grossKg(JournalEntry passage) {
        // The API takes whole kilograms; indicators with a finer division are rounded half up.
        return passage.data().path("weightKg").decimalValue().setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    private static void putTime(ObjectNode data, String field, java.time.Instant value) {
        data.put(field, value == null ? null : value.toString());
    }

    private static void putText(ObjectNode data, String field, String value) {
        if (value != null && !value.isBlank()) {
            data.put(field, value.strip());
        }
    }
}

package cn.overloadcontrol.agent.evidence;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.PlateEvent;
import cn.overloadcontrol.device.PlateEventDeduplicator;
import cn.overloadcontrol.device.PlateMatcher;
import cn.overloadcontrol.device.PlatePicture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plate reads of the station's plate cameras. Each new read is journaled as a
 * {@code PLATE_READ} entry with its first picture stored in the {@link MediaStore}; a repeat of an
 * earlier read is merged into it and journaled again only when the merge gained a readable plate
 * or a picture. A passage gets its read by time with {@link PlateMatcher}, and no read goes to two
 * passages.
 */
public final class PlateReads {

    private static final Logger log = LoggerFactory.getLogger(PlateReads.class);
    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneOffset.ofHours(8));
    /** Repeats of one event within this time are merged; cameras resend within seconds. */
    private static final Duration DEDUPLICATION_WINDOW = Duration.ofSeconds(10);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Journal journal;
    private final MediaStore media;
    private final PlateMatcher matcher;
    private final Duration before;
    private final Duration after;
    private final PlateEventDeduplicator deduplicator = new PlateEventDeduplicator(DEDUPLICATION_WINDOW);
    /** The last journaled version of each recent event, to tell whether a merge gained anything. */
    private final Map<String, Journaled> journaled = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Journaled> eldest) {
            return size() > 1000;
        }
    };

    public PlateReads(Journal journal, MediaStore media, Duration before, Duration after) {
        this.journal = journal;
        this.media = media;
        this.matcher = new PlateMatcher(before, after);
        this.before = before;
        this.after = after;
    }

    /**
     * A journaled plate read, as the record's {@code plateRead} and the operator's form use it.
     *
     * @param pictureSha256 the SHA-256 of the stored picture, or {@code null} when the camera sent none
     */
    public record PlateRead(String cameraId, String vendor, String plate, boolean readable, String rawPlate,
                            String rawColor, String colorCode, Integer confidence, Instant readAt,
                            String pictureSha256) {

        /** Returns the {@code plateRead} field of the record request. */
        ObjectNode toRequestField(JsonMapper json) {
            ObjectNode node = json.createObjectNode();
            node.put("source", "CAMERA");
            node.put("vendor", vendor);
            node.put("cameraId", cameraId);
            node.put("rawPlate", truncate(rawPlate, 32));
            node.put("rawColor", truncate(rawColor, 16));
            if (confidence != null) {
                node.put("confidence", Math.max(0, Math.min(100, confidence)));
            }
            node.put("readAt", API_TIME.format(readAt));
            return node;
        }
    }

    /**
     * Journals a read of {@code cameraId}; {@code vendor} is the configured camera's vendor.
     * A repeat that adds nothing is dropped.
     */
    public synchronized void accept(String cameraId, String vendor, PlateEvent event) {
        PlateEventDeduplicator.Result result = deduplicator.accept(event);
        if (result.duplicate() && !gained(result.event())) {
            log.debug("Plate camera {} repeated event {}; merged", cameraId, event.eventId());
            return;
        }
        PlateEvent read = result.event();
        journaled.put(key(read), new Journaled(read.readable(), !read.pictures().isEmpty()));
        String pictureSha256 = read.pictures().isEmpty() ? null : media.put(firstPicture(read).bytes());
        journal.append(EntryType.PLATE_READ, sequence -> {
            ObjectNode data = json.createObjectNode();
            data.put("cameraId", cameraId);
            data.put("vendor", vendor);
            data.put("eventId", read.eventId());
            data.put("readAt", read.time().toString());
            data.put("plate", read.plate().normalized());
            data.put("readable", read.readable());
            data.put("rawPlate", read.rawPlate());
            data.put("color", read.color().name());
            data.put("rawColor", read.rawColor());
            if (read.confidence() != null) {
                data.put("confidence", read.confidence());
            }
            data.put("pictureSha256", pictureSha256);
            return data;
        });
        log.info("Plate camera {} read {} at {}{}", cameraId, read.readable() ? read.plate().normalized()
                : "no readable plate (\"" + read.rawPlate() + "\")", read.time(), result.duplicate() ? " (merged)" : "");
    }

    /**
     * Returns the read that belongs to the passage journaled as entry {@code passageSequence}, or
     * empty when none does. The window runs from {@code before} the truck came on to {@code after}
     * its weight settled. A read belongs to at most one passage, because the earlier passages whose
     * windows overlap this one take their reads first, in journal order. So a truck whose plate was
     * unreadable gets its own unreadable read (or nothing), never the previous truck's plate.
     */
    public Optional<PlateRead> match(long passageSequence) {
        Map<String, JournalEntry> latest = new LinkedHashMap<>();
        List<PassageWindow> passages = new ArrayList<>();
        for (JournalEntry entry : journal.entries()) {
            if (entry.type() == EntryType.PLATE_READ) {
                latest.put(entry.text("cameraId") + "\u0000" + entry.text("eventId"), entry);
            } else if (entry.type() == EntryType.PASSAGE && entry.sequence() <= passageSequence
                    && entry.text("stableAt") != null) {
                passages.add(PassageWindow.of(entry));
            }
        }
        if (passages.isEmpty() || passages.get(passages.size() - 1).sequence() != passageSequence) {
            return Optional.empty();
        }
        Map<PlateEvent, JournalEntry> byEvent = new IdentityHashMap<>();
        List<PlateEvent> unused = new ArrayList<>();
        for (JournalEntry entry : latest.values()) {
            PlateEvent event = event(entry);
            byEvent.put(event, entry);
            unused.add(event);
        }
        Optional<PlateEvent> match = Optional.empty();
        for (PassageWindow passage : passages.subList(firstOverlapping(passages), passages.size())) {
            match = matcher.match(passage.vehicleOnAt(), passage.stableAt(), unused);
            match.ifPresent(unused::remove);
        }
        return match.map(byEvent::get).map(PlateReads::read);
    }

    /**
     * Returns the index of the earliest passage in the run of overlapping windows that ends with
     * the last passage. Passages before it cannot compete for the last passage's reads.
     */
    private int firstOverlapping(List<PassageWindow> passages) {
        int first = passages.size() - 1;
        Instant runStart = passages.get(first).vehicleOnAt().minus(before);
        while (first > 0 && !passages.get(first - 1).stableAt().plus(after).isBefore(runStart)) {
            first--;
            Instant start = passages.get(first).vehicleOnAt().minus(before);
            runStart = start.isBefore(runStart) ? start : runStart;
        }
        return first;
    }

    /** The times of a journaled passage that anchor its plate window. */
    private record PassageWindow(long sequence, Instant vehicleOnAt, Instant stableAt) {

        static PassageWindow of(JournalEntry passage) {
            Instant stableAt = Instant.parse(passage.text("stableAt"));
            String vehicleOnAt = passage.text("vehicleOnAt");
            return new PassageWindow(passage.sequence(), vehicleOnAt == null ? stableAt : Instant.parse(vehicleOnAt),
                    stableAt);
        }
    }

    /**
     * Returns the newest journaled read of {@code cameraId} that came with a picture, with the
     * picture's bytes, or empty when the camera has pushed no picture yet.
     */
    public Optional<LatestPicture> latestPicture(String cameraId) {
        JournalEntry newest = null;
        for (JournalEntry entry : journal.entries()) {
            if (entry.type() == EntryType.PLATE_READ && cameraId.equals(entry.text("cameraId"))
                    && entry.text("pictureSha256") != null) {
                newest = entry;
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        PlateRead read = read(newest);
        return media.read(read.pictureSha256()).map(bytes -> new LatestPicture(read, bytes));
    }

    /** A plate camera's newest read with its picture, for the installer's preview. */
    public record LatestPicture(PlateRead read, byte[] jpeg) {
    }

    /** Returns whether {@code merged} has a readable plate or a picture that the journaled read lacked. */
    private boolean gained(PlateEvent merged) {
        Journaled before = journaled.get(key(merged));
        return before == null || merged.readable() && !before.readable()
                || !merged.pictures().isEmpty() && !before.hasPicture();
    }

    private record Journaled(boolean readable, boolean hasPicture) {
    }

    private static String key(PlateEvent event) {
        return event.cameraAddress() + "\u0000" + event.eventId();
    }

    private static PlatePicture firstPicture(PlateEvent event) {
        return event.pictures().get(0);
    }

    // Only the fields PlateMatcher compares are needed; the journal entry keeps the rest.
    private static PlateEvent event(JournalEntry entry) {
        Integer confidence = entry.data().hasNonNull("confidence") ? entry.data().get("confidence").asInt() : null;
        return new PlateEvent(CameraVendor.HIKVISION, entry.text("cameraId"), entry.text("eventId"),
                Instant.parse(entry.text("readAt")), PlateNumber.of(entry.text("plate")), entry.text("rawPlate"),
                PlateColor.UNKNOWN, entry.text("rawColor"), confidence, "", List.of());
    }

    private static PlateRead read(JournalEntry entry) {
        PlateColor color = PlateColor.valueOf(entry.text("color"));
        String colorCode = PlateColorCodes.JTT_697_7_2014.toCode(color).map(String::valueOf).orElse(null);
        Integer confidence = entry.data().hasNonNull("confidence") ? entry.data().get("confidence").asInt() : null;
        return new PlateRead(entry.text("cameraId"), entry.text("vendor"), entry.text("plate"),
                entry.data().path("readable").asBoolean(), entry.text("rawPlate"), entry.text("rawColor"), colorCode,
                confidence, Instant.parse(entry.text("readAt")), entry.text("pictureSha256"));
    }

    private static String truncate(String text, int max) {
        String value = text == null ? "" : text;
        return value.length() <= max ? value : value.substring(0, max);
    }
}

package cn.overloadcontrol.weighing.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;

import cn.overloadcontrol.weighing.WeighingMediaAttached;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accepts evidence for a station's own records: checks the bytes, stores them by hash and
 * links them to the record. The bytes are stored before the link row, so a link never points
 * at missing content; a failed link leaves at most an unlinked file, never a dangling row.
 */
@Service
public class MediaService {

    private final MediaLinks links;
    private final MediaStorage storage;
    private final MediaProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MediaService(MediaLinks links, MediaStorage storage, MediaProperties properties,
            ApplicationEventPublisher events) {
        this.events = events;
        this.links = links;
        this.storage = storage;
        this.properties = properties;
        this.clock = Clock.systemDefaultZone();
    }

    /** Attaches {@code content} to the station's record; the same bytes again return the first result. */
    @Transactional
    public MediaResult attach(long stationId, String recordNumber, MediaKind kind, byte[] content) {
        long recordId = links.recordId(stationId, recordNumber).orElseThrow(
                () -> new MediaRejectedException(HttpStatus.NOT_FOUND, MediaRejectedException.RECORD_NOT_FOUND,
                        recordNumber));
        return attachToRecord(recordId, kind, content);
    }

    /** Attaches checked inline media to a record, in the caller's transaction when there is one. */
    @Transactional
    public void attachAll(long recordId, List<CheckedMedia.Decoded> media) {
        media.forEach(file -> attachToRecord(recordId, file.kind(), file.content()));
    }

    /** Returns the photos and clips of a record in kind order; callers check the record's data scope first. */
    public List<MediaResult> ofRecord(long recordId) {
        return links.ofRecord(recordId);
    }

    private MediaResult attachToRecord(long recordId, MediaKind kind, byte[] content) {
        MediaFormat format = check(kind, content);
        String sha256 = sha256(content);
        store(sha256, content);
        boolean inserted = links.insertIfAbsent(recordId, kind, sha256, content.length, format.contentType(),
                OffsetDateTime.now(clock));
        MediaResult result = links.find(recordId, kind, sha256);
        if (!inserted) {
            return result.asDuplicate();
        }
        // Listeners run in this transaction, so an upload task exists exactly when the link does.
        events.publishEvent(new WeighingMediaAttached(result.id(), recordId));
        return result;
    }

    /** Checks size and magic bytes against the kind; throws before anything is stored. */
    MediaFormat check(MediaKind kind, byte[] content) {
        long limit = properties.limitFor(kind);
        if (content.length > limit) {
            throw new MediaRejectedException(HttpStatus.PAYLOAD_TOO_LARGE, MediaRejectedException.TOO_LARGE, kind,
                    content.length, limit);
        }
        MediaFormat format = MediaFormat.detect(content).orElse(null);
        if (format == null || format.isVideo() != kind.isVideo()) {
            throw new MediaRejectedException(HttpStatus.BAD_REQUEST, MediaRejectedException.TYPE_INVALID, kind,
                    kind.isVideo() ? "MP4" : "JPEG/PNG");
        }
        return format;
    }

    private void store(String sha256, byte[] content) {
        try {
            storage.put(sha256, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store media " + sha256, e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}

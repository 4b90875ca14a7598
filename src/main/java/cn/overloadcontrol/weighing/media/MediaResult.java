package cn.overloadcontrol.weighing.media;

import java.time.OffsetDateTime;

/** One piece of evidence linked to a record; {@code duplicate} marks a resend of the same bytes. */
public record MediaResult(long id, long recordId, MediaKind kind, String sha256, long sizeBytes, String contentType,
        OffsetDateTime receivedAt, boolean duplicate) {

    MediaResult asDuplicate() {
        return new MediaResult(id, recordId, kind, sha256, sizeBytes, contentType, receivedAt, true);
    }
}

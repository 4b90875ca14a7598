package cn.overloadcontrol.upstream.outbox;

import java.time.Instant;

/**
 * A task that this sender leased. {@code attempts} already counts the attempt being made.
 *
 * @param recordId the record of a RECORD or MEDIA task, else {@code null}
 * @param mediaId the media link of a MEDIA task, else {@code null}
 */
public record ClaimedTask(long id, long targetId, TaskKind kind, Long recordId, Long mediaId, Long stationId,
        Instant weighedAt, String idempotencyKey, int attempts) {
}

package cn.overloadcontrol.upstream.status;

import java.time.OffsetDateTime;

/** A task on the dead-letter list or on a record's delivery list. */
public record TaskRow(long id, long targetId, String targetName, String kind, Long recordId, Long mediaId,
        String status, int attempts, OffsetDateTime createdAt, OffsetDateTime deliveredAt, String lastError,
        Integer lastHttpStatus, OffsetDateTime dueAt) {
}

package cn.overloadcontrol.upstream.status;

import java.time.OffsetDateTime;

/** One failed request of the "last errors" list. */
public record AttemptRow(OffsetDateTime startedAt, int taskCount, String outcome, Integer httpStatus, long latencyMs,
        String error) {
}

package cn.overloadcontrol.agent.desk;

import java.time.Instant;

/**
 * A journaled record as the local page lists it.
 *
 * @param state SENT, PENDING or REJECTED
 * @param rejection the platform's response for a rejected record, or {@code null}
 */
public record RecordLine(long sequence, String recordNumber, String plateNumber, long grossKg, Instant weighedAt,
        String releaseDecision, String state, String rejection) {
}

package cn.overloadcontrol.upstream.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;

import cn.overloadcontrol.upstream.send.CircuitBreakers;
import cn.overloadcontrol.upstream.target.UploadTarget;

/**
 * One target's line on the status screen.
 *
 * @param oldestPendingAge age of the oldest pending task, {@code null} when nothing is pending
 * @param successRateHour share of tasks in successful requests over the last hour, in percent;
 *        {@code null} without requests
 * @param alert whether the oldest pending task is older than the target's alert limit
 */
public record TargetStatus(UploadTarget target, long backlog, OffsetDateTime oldestPendingAt,
        Duration oldestPendingAge, long dead, long deliveredHour, long deliveredDay, BigDecimal successRateHour,
        BigDecimal successRateDay, Long averageLatencyHourMs, Long averageLatencyDayMs,
        CircuitBreakers.State breaker, boolean alert) {

    /** The age of the oldest pending task in whole minutes, for the screen. */
    public Long oldestPendingMinutes() {
        return oldestPendingAge == null ? null : oldestPendingAge.toMinutes();
    }
}

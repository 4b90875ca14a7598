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

    /** Returns the age of the oldest pending task in whole minutes, for the screen. */
    public Long oldestPendingMinutes() {
        return oldestPendingAge == null ? null : oldestPendingAge.toMinutes();
    }

    /**
     * Returns whether the target has dead letters. They are no longer retried and stay unsent until
     * someone sends them again, so they are an alert like a late backlog.
     */
    public boolean deadLetterAlert() {
        return dead > 0;
    }

    /** Returns whether the screen shows this target as an alert, for a late backlog or dead letters. */
    public boolean anyAlert() {
        return alert || deadLetterAlert();
    }
}

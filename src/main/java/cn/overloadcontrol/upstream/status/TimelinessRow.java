package cn.overloadcontrol.upstream.status;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Upload delay (delivered time − weighing time) of one target, unit and weighing day.
 *
 * @param records records weighed that day that the target is due to receive
 * @param delivered those delivered so far
 * @param p50Seconds median delay of the delivered records, {@code null} when none is delivered
 * @param withinFiveMinutesPercent share of all {@code records} delivered within 5 minutes
 */
public record TimelinessRow(LocalDate day, long targetId, String targetName, long unitId, String unitName,
        long records, long delivered, BigDecimal p50Seconds, BigDecimal p95Seconds,
        BigDecimal withinFiveMinutesPercent) {
}

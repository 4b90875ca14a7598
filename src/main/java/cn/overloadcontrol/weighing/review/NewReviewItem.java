package cn.overloadcontrol.weighing.review;

import java.time.Instant;

/** A record to put on the queue, with the columns the queue filters and scopes by. */
public record NewReviewItem(long recordId, Instant weighedAt, ReviewKind kind, long stationId, long unitId,
        long areaId, String plateNumber, String detail, Integer excessKg) {
}

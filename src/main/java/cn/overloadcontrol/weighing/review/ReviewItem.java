package cn.overloadcontrol.weighing.review;

import java.time.OffsetDateTime;

/** One item of the officers' queue as shown on screen. */
public record ReviewItem(long id, long recordId, OffsetDateTime weighedAt, ReviewKind kind, long stationId,
        long unitId, long areaId, String plateNumber, String detail, ReviewStatus status, String decisionComment,
        String decidedBy, OffsetDateTime decidedAt, OffsetDateTime createdAt) {
}

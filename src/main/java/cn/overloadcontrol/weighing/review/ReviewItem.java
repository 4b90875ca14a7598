package cn.overloadcontrol.weighing.review;

import java.time.OffsetDateTime;

/**
 * One item of the officers' queue as shown on screen.
 *
 * @param recordRevisionNo the record's latest correction, or {@code null} when it was never corrected
 * @param revisedVerdict the record's verdict after that correction, as a verdict name
 */
public record ReviewItem(long id, long recordId, OffsetDateTime weighedAt, ReviewKind kind, long stationId,
        long unitId, long areaId, String plateNumber, String detail, Integer excessKg, ReviewStatus status, String decisionComment,
        String decidedBy, OffsetDateTime decidedAt, OffsetDateTime createdAt, Integer recordRevisionNo,
        String revisedVerdict) {

    /** The codes in {@link #detail()}: a verdict or record flags, shown in Chinese on screens. */
    public java.util.List<String> detailCodes() {
        return detail == null || detail.isBlank() ? java.util.List.of() : java.util.List.of(detail.split(","));
    }
}

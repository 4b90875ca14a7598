package cn.overloadcontrol.weighing;

import java.time.Instant;

/**
 * A new weighing record, as {@link WeighingRecordsStored} lists it for the listeners of the
 * transaction that stores it.
 */
public record WeighingRecordStored(long recordId, long stationId, long unitId, Instant weighedAt) {
}

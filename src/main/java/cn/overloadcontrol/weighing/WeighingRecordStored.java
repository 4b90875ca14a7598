package cn.overloadcontrol.weighing;

import java.time.Instant;

/**
 * Published synchronously inside the transaction that stores a new weighing record, so that a
 * listener's writes (such as upload tasks) commit or roll back together with the record. A
 * resend of a stored record publishes nothing.
 */
public record WeighingRecordStored(long recordId, long stationId, long unitId, Instant weighedAt) {
}

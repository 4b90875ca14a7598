package cn.overloadcontrol.weighing;

/**
 * Published synchronously inside the transaction that links a new evidence file to a record.
 * Linking the same bytes to the same record again publishes nothing.
 */
public record WeighingMediaAttached(long mediaId, long recordId) {
}

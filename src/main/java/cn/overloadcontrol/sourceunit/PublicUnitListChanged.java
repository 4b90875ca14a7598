package cn.overloadcontrol.sourceunit;

/**
 * Published synchronously inside the transaction that changes the public list (公示): a unit was
 * published or unpublished, or a published unit was edited or changed status.
 */
public record PublicUnitListChanged(long unitId) {
}

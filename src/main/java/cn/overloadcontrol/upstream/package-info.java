/**
 * Uploads of weighing records, their media and the unit and station lists to the upper
 * platforms (省平台, 晋城市平台). The weighing module's events write one task per enabled target
 * in the record's own transaction ({@code outbox}); a scheduled sender claims due tasks with
 * {@code FOR UPDATE SKIP LOCKED}, sends them with the target's format, signature and timeouts,
 * and retries, dead-letters or trips a circuit breaker ({@code send}). Targets, their field
 * mapping and credentials are rows edited on a screen ({@code target}).
 */
package cn.overloadcontrol.upstream;

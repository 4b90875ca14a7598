/**
 * Weighing records and their overload judgement. The limit engine ({@link
 * cn.overloadcontrol.weighing.LimitEngine}) derives the legal total-mass limit (超限认定) from
 * versioned limit tables shipped as resources under {@code weighing/}. The {@code ingest}
 * package validates, judges and stores the records that stations send to {@code /api/v1/weighings},
 * in a month-partitioned, append-only table with a hash chain per station.
 */
package cn.overloadcontrol.weighing;

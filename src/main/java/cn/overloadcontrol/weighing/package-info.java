/**
 * Weighing records and their overload judgement. The limit engine ({@link
 * cn.overloadcontrol.weighing.LimitEngine}) derives the legal total-mass limit (超限认定) from
 * versioned limit tables shipped as resources under {@code weighing/}.
 */
package cn.overloadcontrol.weighing;

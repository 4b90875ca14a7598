/**
 * Reports over the whole programme. The progress board (推进进度) counts, per area and
 * overall, the units in operation that have reached each milestone of the plan (published,
 * trained, installed, accepted, sampled, connected) and lists the units that missed a passed
 * deadline. It only reads: its SQL joins the tables of the ledger, training, stations,
 * acceptance and weighing, so it stays a read model in its own module instead of pulling those
 * dependencies into any of them.
 */
package cn.overloadcontrol.report;

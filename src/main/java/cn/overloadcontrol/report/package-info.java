/**
 * Reports over the whole programme, as read models. The progress board (推进进度) counts, per
 * area and overall, the units in operation that have reached each milestone of the plan and
 * lists the units that missed a passed deadline. Device health (设备状态) shows stations and
 * indicators online, daily online rates and alerts from station heartbeats, and supplies the
 * online rate that acceptance checks. The module only reads: its SQL joins the tables of the
 * ledger, training, stations, acceptance and weighing, so it lives in its own module instead of
 * pulling those dependencies into any of them.
 */
package cn.overloadcontrol.report;

package cn.overloadcontrol.acceptance;

/** A unit whose latest concluded acceptance is 合格, as offered to a sampling draw. */
public record AcceptedUnit(long unitId, String name, String creditCode, String areaName, String unitTypeName) {
}

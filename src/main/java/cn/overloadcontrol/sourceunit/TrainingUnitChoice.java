package cn.overloadcontrol.sourceunit;

/** A unit offered when adding attendance to a session. */
public record TrainingUnitChoice(long id, String name, String creditCode, String areaName, boolean published) {
}

package cn.overloadcontrol.sourceunit;

/** The few facts about a source unit that other modules show next to their own data. */
public record UnitSummary(long id, String name, String creditCode, long areaId) {
}

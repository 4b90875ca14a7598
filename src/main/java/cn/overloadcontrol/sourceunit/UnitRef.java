package cn.overloadcontrol.sourceunit;

/** A source unit as other modules refer to it: enough to pick it in a form and name it on a screen. */
public record UnitRef(long id, String name, String creditCode, long areaId) {
}

package cn.overloadcontrol.sourceunit;

/** A unit's row in a session's attendance. */
public record TrainingUnitAttendanceView(long id, long unitId, String unitName, String creditCode, String areaName,
        boolean published, String attendeeNames, int attendeeCount) {
}

package cn.overloadcontrol.sourceunit;

/** A department's row in a session's attendance. */
public record TrainingDepartmentAttendanceView(long id, String department, String attendeeNames,
        int attendeeCount) {
}

package cn.overloadcontrol.sourceunit;

import java.util.List;

/**
 * A session with the attendance the user may see.
 *
 * @param departmentsVisible false for a user of one unit, who may read only their own unit's row
 */
public record TrainingSessionDetail(TrainingSessionView session, List<TrainingUnitAttendanceView> units,
        List<TrainingDepartmentAttendanceView> departments, boolean departmentsVisible) {

    public int attendeeCount() {
        return units.stream().mapToInt(TrainingUnitAttendanceView::attendeeCount).sum()
                + departments.stream().mapToInt(TrainingDepartmentAttendanceView::attendeeCount).sum();
    }
}

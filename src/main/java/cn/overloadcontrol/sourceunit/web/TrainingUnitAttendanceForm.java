package cn.overloadcontrol.sourceunit.web;

import cn.overloadcontrol.sourceunit.TrainingUnitAttendanceFields;

/** The form that adds a ledger unit to a session's attendance. */
public class TrainingUnitAttendanceForm {

    private Long unitId;
    private String attendeeNames;
    /** Empty means the number of names typed. */
    private Integer attendeeCount;

    TrainingUnitAttendanceFields toFields() {
        return new TrainingUnitAttendanceFields(unitId, attendeeNames, attendeeCount);
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getAttendeeNames() {
        return attendeeNames;
    }

    public void setAttendeeNames(String attendeeNames) {
        this.attendeeNames = attendeeNames;
    }

    public Integer getAttendeeCount() {
        return attendeeCount;
    }

    public void setAttendeeCount(Integer attendeeCount) {
        this.attendeeCount = attendeeCount;
    }
}

package cn.overloadcontrol.sourceunit.web;

import cn.overloadcontrol.sourceunit.TrainingDepartmentAttendanceFields;

/** The form that adds a department outside the ledger to a session's attendance. */
public class TrainingDepartmentAttendanceForm {

    private String department;
    private String attendeeNames;
    /** Empty means the number of names typed. */
    private Integer attendeeCount;

    TrainingDepartmentAttendanceFields toFields() {
        return new TrainingDepartmentAttendanceFields(department, attendeeNames, attendeeCount);
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
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

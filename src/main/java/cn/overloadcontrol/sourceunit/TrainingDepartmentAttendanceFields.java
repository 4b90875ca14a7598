package cn.overloadcontrol.sourceunit;

/**
 * A department's attendance at a session as typed on the form.
 *
 * @param department    free text, such as 米山镇人民政府
 * @param attendeeNames names separated by 、 , ， ; ； or spaces
 * @param attendeeCount how many attended; {@code null} means the number of names given
 */
public record TrainingDepartmentAttendanceFields(String department, String attendeeNames, Integer attendeeCount) {
}

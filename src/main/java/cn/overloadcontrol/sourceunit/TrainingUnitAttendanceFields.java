package cn.overloadcontrol.sourceunit;

/**
 * A unit's attendance at a session as typed on the form.
 *
 * @param unitId        the unit in the ledger, published or not
 * @param attendeeNames names separated by 、 , ， ; ； or spaces
 * @param attendeeCount how many attended; {@code null} means the number of names given
 */
public record TrainingUnitAttendanceFields(Long unitId, String attendeeNames, Integer attendeeCount) {
}

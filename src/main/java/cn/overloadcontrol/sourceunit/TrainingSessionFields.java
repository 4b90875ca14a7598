package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;

/**
 * The fields of a training session as typed on the form, already trimmed.
 *
 * @param heldOn    the day of the session
 * @param topic     what was taught, such as 62号令解读
 * @param organizer who ran it, usually the overload-control office
 * @param place     where it took place
 * @param notes     optional remarks
 */
public record TrainingSessionFields(LocalDate heldOn, String topic, String organizer, String place, String notes) {
}

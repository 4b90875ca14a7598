package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;

/** A training session with the version that its edit form sends back. */
public record TrainingSessionView(long id, LocalDate heldOn, String topic, String organizer, String place,
        String notes, long version) {
}

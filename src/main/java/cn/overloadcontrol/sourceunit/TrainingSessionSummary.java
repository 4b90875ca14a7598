package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;

/**
 * A row of the session list. The counts cover only what the user may see: units in their
 * data scope, and departments unless the user belongs to one unit.
 */
public record TrainingSessionSummary(long id, LocalDate heldOn, String topic, String organizer, String place,
        int unitCount, int departmentCount, int attendeeCount) {
}

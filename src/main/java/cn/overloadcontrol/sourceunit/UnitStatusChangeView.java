package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One entry of a unit's status history; {@code fromStatus} is null for the first status. */
public record UnitStatusChangeView(
        UnitStatus fromStatus,
        UnitStatus toStatus,
        LocalDate effectiveDate,
        String reason,
        OffsetDateTime changedAt,
        String changedBy) {
}

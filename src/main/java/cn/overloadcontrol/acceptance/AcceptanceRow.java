package cn.overloadcontrol.acceptance;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of the acceptance list. */
public record AcceptanceRow(long id, long unitId, String unitName, String areaName, AcceptanceKind kind,
        LocalDate scheduledOn, String inspectors, AcceptanceStatus status, OffsetDateTime concludedAt,
        int openRectifications) {
}

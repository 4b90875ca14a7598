package cn.overloadcontrol.station;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One line of a station's maintenance log (维护记录). */
public record MaintenanceEntry(long id, long stationId, LocalDate performedOn, String performedBy,
        String description, String recordedBy, OffsetDateTime recordedAt) {
}

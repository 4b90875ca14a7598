package cn.overloadcontrol.sourceunit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One unit of the public list (公示). It carries only what may be published: no legal
 * representative, no safety contact, and the supervisor's mobile number masked as 138****1234.
 */
public record PublicUnitRow(
        String name,
        String areaName,
        String unitTypeLabel,
        String address,
        String supervisionModeLabel,
        String supervisorName,
        String supervisorDepartment,
        String supervisorOfficePhone,
        String supervisorMobileMasked,
        LocalDate publishedOn,
        OffsetDateTime updatedAt) {
}

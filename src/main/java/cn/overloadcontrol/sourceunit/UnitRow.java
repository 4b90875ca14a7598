package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One unit of the ledger with the labels of its area and dictionary entries, as the list
 * screen and the Excel export show it. Times are at +08:00.
 */
public record UnitRow(
        long id,
        String name,
        String creditCode,
        long areaId,
        String areaName,
        long unitTypeId,
        String unitTypeLabel,
        String address,
        BigDecimal longitude,
        BigDecimal latitude,
        String legalRepresentative,
        String safetyContact,
        String safetyContactPhone,
        BigDecimal annualThroughput,
        String transportRoutes,
        Long supervisionModeId,
        String supervisionModeLabel,
        String supervisingDepartment,
        String supervisorName,
        String supervisorDepartment,
        String supervisorOfficePhone,
        String supervisorMobile,
        UnitStatus status,
        boolean published,
        LocalDate publishedOn,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        String creditCodeOverrideReason) {
}

package cn.overloadcontrol.sourceunit;

import java.math.BigDecimal;

/**
 * The editable fields of a source unit, as typed on the form or read from an import row,
 * already trimmed. Dictionary entries and the area are referenced by id.
 */
public record UnitFields(
        String name,
        String creditCode,
        String creditCodeOverrideReason,
        Long unitTypeId,
        Long areaId,
        String address,
        BigDecimal longitude,
        BigDecimal latitude,
        String legalRepresentative,
        String safetyContact,
        String safetyContactPhone,
        BigDecimal annualThroughput,
        String transportRoutes,
        Long supervisionModeId,
        String supervisingDepartment,
        String supervisorName,
        String supervisorDepartment,
        String supervisorOfficePhone,
        String supervisorMobile) {
}

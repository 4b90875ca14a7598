package cn.overloadcontrol.sourceunit;

import java.util.List;

/**
 * Everything the detail and edit screens show of one unit: the row with its labels, the reason a
 * failing credit code was accepted, the version for the edit form, and the status history,
 * newest first.
 */
public record UnitDetail(UnitRow unit, String creditCodeOverrideReason, long version,
        List<UnitStatusChangeView> statusHistory) {

    public UnitDetail {
        statusHistory = List.copyOf(statusHistory);
    }

    /** Returns the editable fields, as the edit form starts from them. */
    public UnitFields fields() {
        return new UnitFields(unit.name(), unit.creditCode(), creditCodeOverrideReason, unit.unitTypeId(),
                unit.areaId(), unit.address(), unit.longitude(), unit.latitude(), unit.legalRepresentative(),
                unit.safetyContact(), unit.safetyContactPhone(), unit.annualThroughput(), unit.transportRoutes(),
                unit.supervisionModeId(), unit.supervisingDepartment(), unit.supervisorName(),
                unit.supervisorDepartment(), unit.supervisorOfficePhone(), unit.supervisorMobile());
    }
}

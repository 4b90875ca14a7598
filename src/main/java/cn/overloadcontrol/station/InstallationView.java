package cn.overloadcontrol.station;

/**
 * The installation record of a station; empty fields when nothing was filed yet.
 *
 * @param emergencyPlan the uploaded plan, or {@code null}
 */
public record InstallationView(long stationId, InstallationFields fields, EmergencyPlan emergencyPlan,
        long version) {

    public boolean maintenanceFiled() {
        return fields.maintenanceCompany() != null && fields.maintenanceContractNumber() != null;
    }
}

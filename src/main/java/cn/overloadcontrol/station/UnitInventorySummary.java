package cn.overloadcontrol.station;

/**
 * What the device inventory shows for one source unit, for its acceptance.
 *
 * @param scales                    installed truck scales (spares not counted)
 * @param scalesWithValidCertificate of those, the ones whose certificate has not expired
 * @param emergencyPlanFiled        an emergency plan is uploaded for at least one station
 * @param maintenanceFiled          every station has a maintenance company and contract number
 */
public record UnitInventorySummary(int stations, int scales, int scalesWithValidCertificate,
        boolean emergencyPlanFiled, boolean maintenanceFiled) {
}

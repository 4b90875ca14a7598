package cn.overloadcontrol.report;

import java.util.List;

/**
 * A unit's daily online rates over its active stations: the heartbeats received (or reporting
 * the indicator online) divided by the heartbeats its stations together should have sent.
 */
public record UnitHealthRow(long unitId, String unitName, String areaName, int stations, List<Integer> stationRates,
        List<Integer> indicatorRates) {

    public UnitHealthRow {
        stationRates = List.copyOf(stationRates);
        indicatorRates = List.copyOf(indicatorRates);
    }
}

package cn.overloadcontrol.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A unit's daily online rates over its active stations: the heartbeats received (or reporting
 * the indicator online) divided by the heartbeats its stations together should have sent, or
 * {@code null} for a day before any of them was registered.
 */
public record UnitHealthRow(long unitId, String unitName, String areaName, int stations, List<Integer> stationRates,
        List<Integer> indicatorRates) {

    public UnitHealthRow {
        stationRates = Collections.unmodifiableList(new ArrayList<>(stationRates));
        indicatorRates = Collections.unmodifiableList(new ArrayList<>(indicatorRates));
    }
}

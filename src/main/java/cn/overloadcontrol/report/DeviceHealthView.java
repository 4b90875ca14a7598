package cn.overloadcontrol.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The device health screen at one moment: alerts, stations and units, with daily rates per day. */
public record DeviceHealthView(Instant now, List<LocalDate> days, List<HealthAlert> alerts,
        List<StationHealthRow> stations, List<UnitHealthRow> units, int silentUnitHours) {

    public DeviceHealthView {
        days = List.copyOf(days);
        alerts = List.copyOf(alerts);
        stations = List.copyOf(stations);
        units = List.copyOf(units);
    }
}

package cn.overloadcontrol.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.device.IndicatorReasons;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Device health (设备状态) from station heartbeats: whether each active station and its
 * indicator are online, daily online rates per station, device and unit, and the alerts.
 *
 * <p>A daily online rate is the share of expected heartbeats that arrived: heartbeats received
 * on that China day divided by the day's length (up to now for today) over the heartbeat
 * interval, capped at 100. The indicator's rate counts only heartbeats that reported it online.
 * Heartbeats are expected only from when the station was registered, so a day before that has no
 * rate ({@code null}, shown as "—") and the first day counts from the registration.
 * The camera rate is the sum of cameras reported online over the day's heartbeats, divided by the
 * expected heartbeats times the most cameras a heartbeat reported that day.
 */
@Service
public class DeviceHealth {

    private final DeviceHealthQueries queries;
    private final DeviceHealthProperties properties;
    private final Clock clock;

    DeviceHealth(DeviceHealthQueries queries, DeviceHealthProperties properties, ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Instant now() {
        return clock.instant();
    }

    /** Builds the health screen at {@code now} for the stations and units within the scope. */
    public DeviceHealthView view(DataScope scope, Instant now) {
        List<LocalDate> days = days(now);
        Instant from = days.get(0).atStartOfDay(ProgressQueries.CHINA).toInstant();
        Map<Long, Map<LocalDate, DeviceHealthQueries.DailyHeartbeats>> heartbeats = byStationAndDay(
                queries.dailyHeartbeats(scope, from, now));
        List<DeviceHealthQueries.StationState> states = queries.stations(scope);

        List<StationHealthRow> stations = new ArrayList<>();
        for (DeviceHealthQueries.StationState state : states) {
            Map<LocalDate, DeviceHealthQueries.DailyHeartbeats> daily = heartbeats.getOrDefault(state.stationId(), Map.of());
            stations.add(new StationHealthRow(state.stationId(), state.code(), state.name(), state.unitId(),
                    state.unitName(), state.areaName(), state.lastHeartbeat(), online(state, now),
                    state.indicatorState(), state.cameras(), state.camerasReported(), state.camerasOnline(),
                    rates(days, now, List.of(state), day -> received(daily, day)),
                    rates(days, now, List.of(state), day -> indicatorOnline(daily, day)),
                    cameraRates(days, now, state.createdAt(), daily)));
        }
        return new DeviceHealthView(now, days, alerts(scope, states, now), stations,
                units(states, heartbeats, days, now), properties.silentUnitHours());
    }

    /** Returns the alerts at {@code now}: offline stations and indicators first, then silent units. */
    public List<HealthAlert> alerts(DataScope scope, Instant now) {
        return alerts(scope, queries.stations(scope), now);
    }

    private List<HealthAlert> alerts(DataScope scope, List<DeviceHealthQueries.StationState> states, Instant now) {
        List<HealthAlert> alerts = new ArrayList<>();
        Instant offlineBefore = now.minus(properties.stationOfflineAlert());
        Map<Long, List<DeviceHealthQueries.OfflineDevice>> offlineDevices = new HashMap<>();
        for (DeviceHealthQueries.OfflineDevice device : queries.offlineDevices(scope)) {
            offlineDevices.computeIfAbsent(device.stationId(), id -> new ArrayList<>()).add(device);
        }
        for (DeviceHealthQueries.StationState state : states) {
            if (state.lastHeartbeat() == null || state.lastHeartbeat().isBefore(offlineBefore) || state.stopping()) {
                alerts.add(new HealthAlert(HealthAlert.Kind.STATION_OFFLINE, state.unitId(), state.unitName(),
                        state.areaName(), state.stationId(), state.name(), state.lastHeartbeat(), null));
                continue;
            }
            if (!online(state, now)) {
                continue;
            }
            if (!"ONLINE".equals(state.indicatorState())) {
                alerts.add(new HealthAlert(HealthAlert.Kind.INDICATOR_OFFLINE, state.unitId(), state.unitName(),
                        state.areaName(), state.stationId(), state.name(), state.lastFrameAt(),
                        IndicatorReasons.chinese(state.indicatorReason())));
            }
            for (DeviceHealthQueries.OfflineDevice device : offlineDevices.getOrDefault(state.stationId(), List.of())) {
                HealthAlert.Kind kind = "BOARD".equals(device.kind()) ? HealthAlert.Kind.BOARD_OFFLINE
                        : HealthAlert.Kind.CAMERA_OFFLINE;
                String detail = device.reason() == null ? device.deviceId() : device.deviceId() + "：" + device.reason();
                alerts.add(new HealthAlert(kind, state.unitId(), state.unitName(), state.areaName(),
                        state.stationId(), state.name(), device.lastSuccessAt(), detail));
            }
        }
        Instant cutoff = new WorkingHours(properties.workdayStart(), properties.workdayEnd(), ProgressQueries.CHINA)
                .before(now, properties.silentUnitHours());
        for (DeviceHealthQueries.SilentUnit unit : queries.silentUnits(scope, cutoff)) {
            alerts.add(new HealthAlert(HealthAlert.Kind.UNIT_SILENT, unit.unitId(), unit.unitName(), unit.areaName(),
                    null, null, unit.lastRecord(), null));
        }
        return alerts;
    }

    /**
     * Returns the online rate of a unit's indicators over [from, to), in percent with one decimal,
     * or -1 when its stations sent no heartbeat in the period.
     */
    double unitIndicatorRate(long unitId, Instant from, Instant to) {
        DeviceHealthQueries.UnitHeartbeats counts = queries.unitHeartbeats(unitId, from, to);
        if (counts.stations() == 0 || counts.received() == 0) {
            return -1;
        }
        double expected = counts.stations() * expectedHeartbeats(Duration.between(from, to));
        return Math.min(100.0, Math.round(counts.indicatorOnline() * 1000.0 / expected) / 10.0);
    }

    private List<UnitHealthRow> units(List<DeviceHealthQueries.StationState> states,
            Map<Long, Map<LocalDate, DeviceHealthQueries.DailyHeartbeats>> heartbeats, List<LocalDate> days,
            Instant now) {
        Map<Long, List<DeviceHealthQueries.StationState>> byUnit = new LinkedHashMap<>();
        for (DeviceHealthQueries.StationState state : states) {
            byUnit.computeIfAbsent(state.unitId(), id -> new ArrayList<>()).add(state);
        }
        List<UnitHealthRow> units = new ArrayList<>();
        for (List<DeviceHealthQueries.StationState> unitStations : byUnit.values()) {
            DeviceHealthQueries.StationState first = unitStations.get(0);
            units.add(new UnitHealthRow(first.unitId(), first.unitName(), first.areaName(), unitStations.size(),
                    rates(days, now, unitStations, day -> sum(unitStations, heartbeats, day, false)),
                    rates(days, now, unitStations, day -> sum(unitStations, heartbeats, day, true))));
        }
        return units;
    }

    private static int sum(List<DeviceHealthQueries.StationState> stations,
            Map<Long, Map<LocalDate, DeviceHealthQueries.DailyHeartbeats>> heartbeats, LocalDate day,
            boolean indicatorOnly) {
        int total = 0;
        for (DeviceHealthQueries.StationState station : stations) {
            Map<LocalDate, DeviceHealthQueries.DailyHeartbeats> daily = heartbeats.getOrDefault(station.stationId(),
                    Map.of());
            total += indicatorOnly ? indicatorOnline(daily, day) : received(daily, day);
        }
        return total;
    }

    /** Returns the daily rates of the stations together, {@code null} for a day none of them existed yet. */
    private List<Integer> rates(List<LocalDate> days, Instant now, List<DeviceHealthQueries.StationState> stations,
            ToIntFunction<LocalDate> heartbeatsOn) {
        List<Integer> rates = new ArrayList<>();
        for (LocalDate day : days) {
            double expected = 0;
            for (DeviceHealthQueries.StationState station : stations) {
                expected += expectedHeartbeats(observed(day, now, station.createdAt()));
            }
            if (expected <= 0) {
                rates.add(null);
                continue;
            }
            rates.add((int) Math.min(100, Math.round(heartbeatsOn.applyAsInt(day) * 100.0 / expected)));
        }
        return rates;
    }

    /** Returns the camera rate per day in percent, {@code null} for a day without camera reports. */
    private List<Integer> cameraRates(List<LocalDate> days, Instant now, Instant createdAt,
            Map<LocalDate, DeviceHealthQueries.DailyHeartbeats> daily) {
        List<Integer> rates = new ArrayList<>();
        for (LocalDate day : days) {
            DeviceHealthQueries.DailyHeartbeats row = daily.get(day);
            double expected = row == null ? 0 : row.maxCameras() * expectedHeartbeats(observed(day, now, createdAt));
            rates.add(expected <= 0 ? null : (int) Math.min(100, Math.round(row.camerasOnline() * 100.0 / expected)));
        }
        return rates;
    }

    /**
     * Returns how much of the day the station existed up to {@code now}: all of it for a past day
     * after its registration, zero for a day before it.
     */
    private static Duration observed(LocalDate day, Instant now, Instant createdAt) {
        Instant start = day.atStartOfDay(ProgressQueries.CHINA).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(ProgressQueries.CHINA).toInstant();
        if (createdAt != null && createdAt.isAfter(start)) {
            start = createdAt;
        }
        Instant until = now.isBefore(end) ? now : end;
        return until.isAfter(start) ? Duration.between(start, until) : Duration.ZERO;
    }

    private double expectedHeartbeats(Duration period) {
        return (double) period.toMillis() / properties.heartbeatInterval().toMillis();
    }

    private boolean online(DeviceHealthQueries.StationState state, Instant now) {
        return !state.stopping() && state.lastHeartbeat() != null && state.lastHeartbeat().isAfter(now.minus(properties.onlineWithin()));
    }

    private List<LocalDate> days(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ProgressQueries.CHINA);
        List<LocalDate> days = new ArrayList<>();
        for (int back = properties.rateDays() - 1; back >= 0; back--) {
            days.add(today.minusDays(back));
        }
        return days;
    }

    private static Map<Long, Map<LocalDate, DeviceHealthQueries.DailyHeartbeats>> byStationAndDay(
            List<DeviceHealthQueries.DailyHeartbeats> rows) {
        Map<Long, Map<LocalDate, DeviceHealthQueries.DailyHeartbeats>> byStation = new HashMap<>();
        for (DeviceHealthQueries.DailyHeartbeats row : rows) {
            byStation.computeIfAbsent(row.stationId(), id -> new HashMap<>()).put(row.day(), row);
        }
        return byStation;
    }

    private static int received(Map<LocalDate, DeviceHealthQueries.DailyHeartbeats> daily, LocalDate day) {
        DeviceHealthQueries.DailyHeartbeats row = daily.get(day);
        return row == null ? 0 : row.received();
    }

    private static int indicatorOnline(Map<LocalDate, DeviceHealthQueries.DailyHeartbeats> daily, LocalDate day) {
        DeviceHealthQueries.DailyHeartbeats row = daily.get(day);
        return row == null ? 0 : row.indicatorOnline();
    }
}

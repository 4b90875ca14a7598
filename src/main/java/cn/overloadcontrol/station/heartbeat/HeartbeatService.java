package cn.overloadcontrol.station.heartbeat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.station.StationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores station heartbeats (the latest one per station, and a compact history) and judges
 * whether a station is online: it is while its last heartbeat is younger than
 * {@code app.heartbeat.offline-after}. Changes of a station's online state and of its
 * indicator's state are logged once each.
 */
@Service
@Transactional(readOnly = true)
public class HeartbeatService {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatService.class);

    private final HeartbeatRepository heartbeats;
    private final StationService stations;
    private final HeartbeatProperties properties;
    private final DailyCountReports dailyCounts;
    private final DeviceStateStore devices;
    private final Clock clock = Clock.systemUTC();
    /** The online state last logged per station, so that each change is logged once. */
    private final Map<Long, Boolean> loggedOnline = new ConcurrentHashMap<>();

    HeartbeatService(HeartbeatRepository heartbeats, StationService stations, HeartbeatProperties properties,
            DailyCountReports dailyCounts, DeviceStateStore devices) {
        this.heartbeats = heartbeats;
        this.stations = stations;
        this.properties = properties;
        this.dailyCounts = dailyCounts;
        this.devices = devices;
    }

    /**
     * Validates and stores a heartbeat of the signing station.
     *
     * @throws HeartbeatRejectedException with every invalid field; nothing is stored
     */
    @Transactional
    public HeartbeatFacts record(StationPrincipal station, HeartbeatRequest request) {
        HeartbeatValidator.Checked checked = HeartbeatValidator.check(station.stationId(), station.keyId(), request,
                clock.instant());
        if (!checked.problems().isEmpty()) {
            log.warn("Rejected heartbeat of station {}: {}", station.stationCode(), checked.problems());
            throw new HeartbeatRejectedException(checked.problems());
        }
        HeartbeatFacts facts = checked.facts();
        Optional<StationHeartbeat> existing = heartbeats.findById(station.stationId());
        String previousIndicator = existing.map(heartbeat -> heartbeat.facts().indicatorState()).orElse(null);
        StationHeartbeat latest = existing.orElseGet(() -> new StationHeartbeat(station.stationId()));
        latest.apply(facts);
        heartbeats.save(latest);
        List<DeviceState> cameras = checked.cameras();
        heartbeats.log(station.stationId(), facts.receivedAt().atOffset(ZoneOffset.UTC), facts.indicatorState(),
                facts.backlog(), cameras == null ? null : cameras.size(),
                cameras == null ? null : (int) cameras.stream().filter(DeviceState::online).count());
        storeDevices(station, DeviceState.CAMERA, cameras);
        storeDevices(station, DeviceState.BOARD, checked.boards());
        dailyCounts.record(station.stationId(), request.dailyCounts(), facts.receivedAt());

        if (facts.stopping()) {
            log.info("Station {} is stopping", station.stationCode());
            loggedOnline.put(station.stationId(), false);
        } else {
            logOnlineChange(station.stationId(), true, facts.receivedAt());
        }
        if (!Objects.equals(previousIndicator, facts.indicatorState())) {
            log.info("Station {} indicator {} is {} (was {}): {}", station.stationCode(), facts.indicatorDevice(),
                    facts.indicatorState(), previousIndicator, facts.indicatorReason());
        }
        return facts;
    }

    /** Replaces the station's devices of a kind when the heartbeat carried them, logging each state change. */
    private void storeDevices(StationPrincipal station, String kind, List<DeviceState> states) {
        if (states == null) {
            return;
        }
        Map<String, String> before = new HashMap<>();
        devices.find(station.stationId(), kind).forEach(device -> before.put(device.id(), device.state()));
        devices.replace(station.stationId(), kind, states);
        for (DeviceState state : states) {
            if (!state.state().equals(before.get(state.id()))) {
                log.info("Station {} {} {} is {} (was {}): {}", station.stationCode(), kind.toLowerCase(),
                        state.id(), state.state(), before.get(state.id()), state.reason());
            }
        }
    }

    /**
     * Returns the health of a station in the current user's scope.
     *
     * @throws cn.overloadcontrol.station.StationNotFoundException when it is outside the scope
     */
    public StationHealth health(long stationId) {
        stations.view(stationId);
        return health(stationId, clock.instant());
    }

    /** Returns a station's health at {@code now}, without a scope check. */
    StationHealth health(long stationId, Instant now) {
        HeartbeatFacts latest = heartbeats.findById(stationId).map(StationHeartbeat::facts).orElse(null);
        return StationHealth.of(stationId, latest, now, properties.offlineAfter())
                .withDevices(devices.find(stationId, DeviceState.CAMERA), devices.find(stationId, DeviceState.BOARD));
    }

    /** Logs the stations that went offline since the last check. */
    @Scheduled(fixedDelayString = "${app.heartbeat.check-interval:30s}")
    public void logOfflineStations() {
        logOfflineStations(clock.instant());
    }

    /** Returns the stations that went offline at {@code now} since the last check, after logging them. */
    List<Long> logOfflineStations(Instant now) {
        List<Long> wentOffline = new ArrayList<>();
        for (StationHeartbeat heartbeat : heartbeats.findAll()) {
            HeartbeatFacts facts = heartbeat.facts();
            StationHealth health = StationHealth.of(facts.stationId(), facts, now, properties.offlineAfter());
            if (!health.online() && logOnlineChange(facts.stationId(), false, facts.receivedAt())) {
                wentOffline.add(facts.stationId());
            }
        }
        return wentOffline;
    }

    /** Logs a change of a station's online state; returns whether it was a change. */
    private boolean logOnlineChange(long stationId, boolean online, Instant lastSeen) {
        Boolean before = loggedOnline.put(stationId, online);
        if (Objects.equals(before, online)) {
            return false;
        }
        String code = stations.profile(stationId).map(profile -> profile.code()).orElse(Long.toString(stationId));
        if (online) {
            log.info("Station {} is online", code);
        } else {
            log.warn("Station {} is offline: no heartbeat since {} (limit {})", code, lastSeen,
                    properties.offlineAfter());
        }
        return true;
    }
}

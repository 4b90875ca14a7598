package cn.overloadcontrol.station.heartbeat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A station's health as judged by the platform at one moment.
 *
 * @param online    a heartbeat arrived within the offline limit, and it did not report the station stopping
 * @param lastSeen  when the last heartbeat arrived, or {@code null} when none ever did
 * @param latest    the last heartbeat, or {@code null}
 * @param cameras   the cameras' latest states, by id
 * @param boards    the LED boards' latest states, by id
 */
public record StationHealth(long stationId, boolean online, Instant lastSeen, HeartbeatFacts latest,
        List<DeviceState> cameras, List<DeviceState> boards) {

    public StationHealth {
        cameras = List.copyOf(cameras);
        boards = List.copyOf(boards);
    }

    /**
     * Judges health at {@code now}: online while the last heartbeat is younger than
     * {@code offlineAfter}, and offline at once after a heartbeat that reported the station stopping.
     */
    static StationHealth of(long stationId, HeartbeatFacts latest, Instant now, Duration offlineAfter) {
        if (latest == null) {
            return new StationHealth(stationId, false, null, null, List.of(), List.of());
        }
        boolean online = !latest.stopping() && Duration.between(latest.receivedAt(), now).compareTo(offlineAfter) < 0;
        return new StationHealth(stationId, online, latest.receivedAt(), latest, List.of(), List.of());
    }

    /** Returns this health with the cameras and boards of the station's heartbeats. */
    StationHealth withDevices(List<DeviceState> cameras, List<DeviceState> boards) {
        return new StationHealth(stationId, online, lastSeen, latest, cameras, boards);
    }

    /** Returns the cameras, then the boards. */
    public List<DeviceState> devices() {
        List<DeviceState> devices = new ArrayList<>(cameras);
        devices.addAll(boards);
        return devices;
    }

    /** Returns whether the last heartbeat came from a station that was stopping cleanly. */
    public boolean stopped() {
        return latest != null && latest.stopping();
    }

    /** Returns whether the station's indicator reported itself online in the last heartbeat. */
    public boolean indicatorOnline() {
        return latest != null && "ONLINE".equals(latest.indicatorState());
    }
}

package cn.overloadcontrol.station.heartbeat;

import java.time.Duration;
import java.time.Instant;

/**
 * A station's health as judged by the platform at one moment.
 *
 * @param online    a heartbeat arrived within the offline limit
 * @param lastSeen  when the last heartbeat arrived, or {@code null} when none ever did
 * @param latest    the last heartbeat, or {@code null}
 */
public record StationHealth(long stationId, boolean online, Instant lastSeen, HeartbeatFacts latest) {

    /** Judges health at {@code now}: online while the last heartbeat is younger than {@code offlineAfter}. */
    static StationHealth of(long stationId, HeartbeatFacts latest, Instant now, Duration offlineAfter) {
        if (latest == null) {
            return new StationHealth(stationId, false, null, null);
        }
        boolean online = Duration.between(latest.receivedAt(), now).compareTo(offlineAfter) < 0;
        return new StationHealth(stationId, online, latest.receivedAt(), latest);
    }

    /** Returns whether the station's indicator reported itself online in the last heartbeat. */
    public boolean indicatorOnline() {
        return latest != null && "ONLINE".equals(latest.indicatorState());
    }
}

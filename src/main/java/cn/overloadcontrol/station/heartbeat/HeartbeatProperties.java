package cn.overloadcontrol.station.heartbeat;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of station heartbeats ({@code app.heartbeat}).
 *
 * @param offlineAfter a station with no heartbeat for this long is offline; stations send one
 *                     every 30 s, so 90 s is three missed heartbeats
 * @param checkInterval how often the platform looks for stations that went offline, to log it
 */
@ConfigurationProperties("app.heartbeat")
public record HeartbeatProperties(
        @DefaultValue("90s") Duration offlineAfter,
        @DefaultValue("30s") Duration checkInterval) {
}

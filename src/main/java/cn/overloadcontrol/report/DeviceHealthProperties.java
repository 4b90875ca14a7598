package cn.overloadcontrol.report;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of device health ({@code app.device-health}).
 *
 * @param heartbeatInterval    how often stations send a heartbeat; online rates divide the
 *                             heartbeats received by the heartbeats expected at this interval
 * @param onlineWithin         a station is online while its last heartbeat is younger than this
 * @param stationOfflineAlert  a station without a heartbeat for longer than this raises an alert
 * @param silentUnitHours      working hours without a weighing record after which a unit in
 *                             operation raises an alert
 * @param workdayStart         start of the working hours, every day, China time
 * @param workdayEnd           end of the working hours, every day, China time
 * @param rateDays             days of daily online rates on the health screen, today included
 */
@ConfigurationProperties("app.device-health")
public record DeviceHealthProperties(
        @DefaultValue("30s") Duration heartbeatInterval,
        @DefaultValue("90s") Duration onlineWithin,
        @DefaultValue("10m") Duration stationOfflineAlert,
        @DefaultValue("4") int silentUnitHours,
        @DefaultValue("08:00") LocalTime workdayStart,
        @DefaultValue("20:00") LocalTime workdayEnd,
        @DefaultValue("7") int rateDays) {

    public DeviceHealthProperties {
        if (heartbeatInterval.isZero() || heartbeatInterval.isNegative()) {
            throw new IllegalArgumentException("app.device-health.heartbeat-interval must be positive, was "
                    + heartbeatInterval);
        }
        if (silentUnitHours < 1 || rateDays < 1) {
            throw new IllegalArgumentException("app.device-health.silent-unit-hours and rate-days must be at least 1,"
                    + " were " + silentUnitHours + " and " + rateDays);
        }
        if (!workdayEnd.isAfter(workdayStart)) {
            throw new IllegalArgumentException("app.device-health.workday-end (" + workdayEnd
                    + ") must be after workday-start (" + workdayStart + ")");
        }
    }
}

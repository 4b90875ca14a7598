package cn.overloadcontrol.report;

import java.time.Instant;

/**
 * A device health alert, worked out from the latest heartbeats and records when the screen is
 * shown; alerts are not stored.
 *
 * @param stationId the station concerned, or null for a unit alert
 * @param since     when the condition began as far as the data shows: the last heartbeat for
 *                  an offline station, the last frame for an indicator, the last success for a
 *                  camera or board, the last record for a silent unit; null when there never was one
 * @param detail    the indicator's reason as the station reported it, or the id and reason of an
 *                  offline camera or board, else null
 */
public record HealthAlert(Kind kind, long unitId, String unitName, String areaName, Long stationId,
        String stationName, Instant since, String detail) {

    public enum Kind {
        /** No heartbeat for longer than {@code app.device-health.station-offline-alert}. */
        STATION_OFFLINE,
        /** The station is online but its last heartbeat reports the indicator not online. */
        INDICATOR_OFFLINE,
        /** The station is online but its last heartbeat reports a camera offline. */
        CAMERA_OFFLINE,
        /** The station is online but its last heartbeat reports an LED board offline. */
        BOARD_OFFLINE,
        /** A unit in operation with an active station sent no record for the configured working hours. */
        UNIT_SILENT;

        public String messageKey() {
            return "devicehealth.alert." + name();
        }

        /** Returns the key of the text shown in place of {@code since} when there never was one. */
        public String neverKey() {
            return this == CAMERA_OFFLINE || this == BOARD_OFFLINE ? "devicehealth.neverSucceeded" : "devicehealth.never";
        }
    }
}

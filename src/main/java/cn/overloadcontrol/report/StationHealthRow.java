package cn.overloadcontrol.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One active station on the health screen.
 *
 * @param lastHeartbeat  when the last heartbeat arrived, or null when none ever did
 * @param online         the last heartbeat is younger than {@code app.device-health.online-within}
 * @param indicatorState the indicator's state in the last heartbeat (CONNECTING, ONLINE, OFFLINE,
 *                       STOPPED), or null
 * @param cameras         cameras in the inventory
 * @param camerasReported cameras in the latest heartbeats, 0 when the station reports none
 * @param camerasOnline   of those, the cameras reported online
 * @param stationRates    daily share of expected heartbeats received, in percent, oldest day first;
 *                        {@code null} for a day before the station was registered
 * @param indicatorRates  daily share of expected heartbeats that reported the indicator online
 * @param cameraRates     daily share of expected camera reports that were online, {@code null} for a day
 *                        without camera reports
 */
public record StationHealthRow(long stationId, String stationCode, String stationName, long unitId, String unitName,
        String areaName, Instant lastHeartbeat, boolean online, String indicatorState, int cameras,
        int camerasReported, int camerasOnline, List<Integer> stationRates, List<Integer> indicatorRates,
        List<Integer> cameraRates) {

    public StationHealthRow {
        // List.copyOf rejects nulls, and a day without data has none.
        stationRates = Collections.unmodifiableList(new ArrayList<>(stationRates));
        indicatorRates = Collections.unmodifiableList(new ArrayList<>(indicatorRates));
        cameraRates = Collections.unmodifiableList(new ArrayList<>(cameraRates));
    }

    public boolean indicatorOnline() {
        return online && "ONLINE".equals(indicatorState);
    }
}

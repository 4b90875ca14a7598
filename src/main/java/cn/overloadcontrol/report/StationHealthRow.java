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
 * @param cameras        cameras in the inventory; heartbeats do not report their state yet
 * @param stationRates   daily share of expected heartbeats received, in percent, oldest day first;
 *                       {@code null} for a day before the station was registered
 * @param indicatorRates daily share of expected heartbeats that reported the indicator online
 */
public record StationHealthRow(long stationId, String stationCode, String stationName, long unitId, String unitName,
        String areaName, Instant lastHeartbeat, boolean online, String indicatorState, int cameras,
        List<Integer> stationRates, List<Integer> indicatorRates) {

    public StationHealthRow {
        stationRates = Collections.unmodifiableList(new ArrayList<>(stationRates));
        indicatorRates = Collections.unmodifiableList(new ArrayList<>(indicatorRates));
    }

    public boolean indicatorOnline() {
        return online && "ONLINE".equals(indicatorState);
    }
}

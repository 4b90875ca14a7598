package cn.overloadcontrol.station;

import java.util.Map;

/**
 * What the weighing module needs to know about the station that sent a record: where it
 * belongs (unit and area at the time of the request) and which lanes it has.
 *
 * @param lanes direction of each configured lane, by lane number
 */
public record StationProfile(long stationId, String code, long unitId, long areaId, StationStatus status,
        Map<Integer, LaneDirection> lanes) {

    public StationProfile {
        lanes = Map.copyOf(lanes);
    }
}

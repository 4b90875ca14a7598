package cn.overloadcontrol.station;

/** One line of a station list. */
public record StationRow(long id, String code, String name, StationStatus status, long unitId, String unitName,
        String areaName, int laneCount, int activeCredentials) {
}

package cn.overloadcontrol.station;

/**
 * Filters of the station list; {@code null} or blank filters are not applied.
 *
 * @param keyword part of the station name or code, or of the unit name
 * @param unitId only the stations of this unit
 * @param status only stations with this status
 */
public record StationQuery(String keyword, Long unitId, StationStatus status) {

    public static StationQuery all() {
        return new StationQuery(null, null, null);
    }

    public static StationQuery ofUnit(long unitId) {
        return new StationQuery(null, unitId, null);
    }
}

package cn.overloadcontrol.station;

/**
 * One lane (车道) of a station as typed on the form.
 *
 * @param laneNo number of the lane at the station, 1 to 99, sent in each weighing record
 * @param name name shown to the staff, for example 1号磅
 * @param direction which way trucks cross the lane
 */
public record LaneFields(Integer laneNo, String name, LaneDirection direction) {
}

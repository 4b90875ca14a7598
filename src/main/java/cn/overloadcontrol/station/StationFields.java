package cn.overloadcontrol.station;

import java.util.List;

/**
 * The editable fields of a weigh station, already trimmed.
 *
 * @param unitId the source unit that runs the station; fixed once the station exists
 * @param code the station code, or blank to generate one from the unit and a sequence
 * @param name name shown to the staff, unique within the unit
 * @param status life cycle status
 * @param lanes the lanes, at least one
 */
public record StationFields(Long unitId, String code, String name, StationStatus status, List<LaneFields> lanes) {

    public StationFields {
        lanes = lanes == null ? List.of() : List.copyOf(lanes);
    }
}

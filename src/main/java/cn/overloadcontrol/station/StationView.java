package cn.overloadcontrol.station;

import java.time.OffsetDateTime;
import java.util.List;

/** A station as the detail and edit screens show it. */
public record StationView(
        long id,
        long unitId,
        String unitName,
        long areaId,
        String code,
        String name,
        StationStatus status,
        List<LaneFields> lanes,
        long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public StationView {
        lanes = List.copyOf(lanes);
    }

    public StationFields fields() {
        return new StationFields(unitId, code, name, status, lanes);
    }
}

package cn.overloadcontrol.station;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A lane as stored in {@code station_lane}. */
@Embeddable
class Lane {

    @Column(name = "lane_no", nullable = false)
    private int laneNo;

    @Column(nullable = false, length = 32)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private LaneDirection direction;

    protected Lane() {
    }

    Lane(LaneFields fields) {
        this.laneNo = fields.laneNo();
        this.name = fields.name();
        this.direction = fields.direction();
    }

    LaneFields fields() {
        return new LaneFields(laneNo, name, direction);
    }

    int laneNo() {
        return laneNo;
    }

    LaneDirection direction() {
        return direction;
    }
}

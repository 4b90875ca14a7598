package cn.overloadcontrol.station;

/** Which way trucks cross a lane's scale. Stored by name. */
public enum LaneDirection {

    /** 出场: loaded trucks leaving the unit, the weighings that overload control is about. */
    OUTBOUND,
    /** 进场: trucks entering the unit. */
    INBOUND;

    public String messageKey() {
        return "station.direction." + name();
    }
}

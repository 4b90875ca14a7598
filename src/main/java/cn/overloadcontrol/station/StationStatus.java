package cn.overloadcontrol.station;

/** Life cycle of a weigh station. Stored by name. */
public enum StationStatus {

    /** 建设中: installed or being installed; records are accepted, for example for test weighings. */
    BUILDING,
    /** 运行: in service. */
    ACTIVE,
    /** 停用: out of service; its credentials are rejected. */
    DISABLED;

    public String messageKey() {
        return "station.status." + name();
    }
}

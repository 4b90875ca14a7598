package cn.overloadcontrol.weighing;

/**
 * Vehicle type (车型) as 62号令 art. 3 and the 2016 认定标准 distinguish them.
 *
 * <p>NOTE: tractors, agricultural vehicles and low-speed trucks, whose limit is their registered
 * total mass (62号令 art. 3 second paragraph item 4), have no type here yet.
 */
public enum VehicleType {

    /** 载货汽车: a single truck without a trailer. */
    TRUCK("载货汽车"),
    /** 中置轴挂车列车: a truck towing a center-axle trailer. */
    CENTER_AXLE("中置轴挂车列车"),
    /** 铰接列车: a tractor with a semitrailer. */
    ARTICULATED("铰接列车"),
    /** 全挂汽车列车: a truck towing a full trailer. */
    FULL_TRAILER("全挂汽车列车");

    private final String chineseName;

    VehicleType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name used in the legal texts and in the limit basis. */
    public String chineseName() {
        return chineseName;
    }

    /** Whether this is a combination (汽车列车) rather than a single truck. */
    public boolean combination() {
        return this != TRUCK;
    }
}

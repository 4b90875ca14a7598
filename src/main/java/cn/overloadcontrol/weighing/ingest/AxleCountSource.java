package cn.overloadcontrol.weighing.ingest;

/** Where a record's axle count came from. Stored by name. */
public enum AxleCountSource {
    /** 轴数检测器 on the scale. */
    AXLE_DETECTOR,
    /** Typed by the weighbridge operator. */
    OPERATOR,
    /** Taken from the vehicle registry (行驶证). */
    VEHICLE_REGISTRY
}

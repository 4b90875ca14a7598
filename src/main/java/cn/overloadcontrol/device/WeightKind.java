package cn.overloadcontrol.device;

/** Which weight a frame carries (毛重, 净重, 皮重), where the protocol says it. */
public enum WeightKind {
    GROSS,
    NET,
    TARE
}

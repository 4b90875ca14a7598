package cn.overloadcontrol.station;

/** The kinds of device a weigh station's inventory lists. Stored by name. */
public enum DeviceKind {
    TRUCK_SCALE,
    INDICATOR,
    CAMERA,
    PLATE_CAMERA,
    LED_BOARD,
    AXLE_DETECTOR,
    LIGHT_CURTAIN;

    public String messageKey() {
        return "device.kind." + name();
    }
}

package cn.overloadcontrol.device;

/** Where a lane camera looks at the truck. */
public enum CameraPosition {
    FRONT,
    REAR,
    SIDE,
    TOP,
    CARGO
}

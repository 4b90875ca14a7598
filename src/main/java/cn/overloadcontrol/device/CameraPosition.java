package cn.overloadcontrol.device;

/** Mounting position of a lane camera relative to the truck. */
public enum CameraPosition {
    FRONT,
    REAR,
    SIDE,
    TOP,
    CARGO
}

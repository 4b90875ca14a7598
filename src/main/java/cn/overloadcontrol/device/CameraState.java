package cn.overloadcontrol.device;

/** Camera state after its last snapshot or clip: online when it succeeded. */
public enum CameraState {
    ONLINE,
    OFFLINE
}

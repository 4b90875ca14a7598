package cn.overloadcontrol.device;

/** Whether a camera answered its last snapshot or clip request. */
public enum CameraState {
    ONLINE,
    OFFLINE
}

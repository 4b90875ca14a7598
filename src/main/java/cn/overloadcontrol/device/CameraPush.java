package cn.overloadcontrol.device;

/** One HTTP push of a plate camera: a plate read or a heartbeat. */
public sealed interface CameraPush permits PlateEvent, CameraHeartbeat {

    CameraVendor vendor();

    /** The address the push came from, as the HTTP server saw it. */
    String cameraAddress();
}

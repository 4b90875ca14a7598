package cn.overloadcontrol.device;

/** A push that only reports the camera alive, without a plate. */
public record CameraHeartbeat(CameraVendor vendor, String cameraAddress) implements CameraPush {
}

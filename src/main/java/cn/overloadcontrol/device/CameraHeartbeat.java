package cn.overloadcontrol.device;

/** A push that only says the camera is alive; it carries no plate. */
public record CameraHeartbeat(CameraVendor vendor, String cameraAddress) implements CameraPush {
}

package cn.overloadcontrol.device;

/**
 * A failed snapshot or clip: the camera was unreachable, timed out, or sent no usable picture.
 * The captures of this module mask credentials in the reason.
 */
public class CameraCaptureException extends Exception {

    private final String cameraId;
    private final String reason;

    public CameraCaptureException(String cameraId, String reason) {
        super("Camera " + cameraId + ": " + reason);
        this.cameraId = cameraId;
        this.reason = reason;
    }

    public String cameraId() {
        return cameraId;
    }

    /** Returns the cause in English, without the camera id, for health reports. */
    public String reason() {
        return reason;
    }
}

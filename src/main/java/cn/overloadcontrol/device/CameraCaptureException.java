package cn.overloadcontrol.device;

/**
 * A snapshot or clip that failed: the camera did not answer, answered too slowly, or sent no
 * usable picture. The message never contains the camera's credentials.
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

    /** The cause in English, without the camera id, for health reports. */
    public String reason() {
        return reason;
    }
}

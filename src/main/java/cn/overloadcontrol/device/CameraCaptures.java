package cn.overloadcontrol.device;

import cn.overloadcontrol.device.rtsp.RtspCameraCapture;
import cn.overloadcontrol.device.rtsp.SimulatedCameraCapture;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;

/** Creates camera captures for other modules, which may not use the rtsp subpackage. */
public final class CameraCaptures {

    /** Timeout of one RTSP socket read or connect; each capture caps it at two fifths of its deadline. */
    public static final Duration DEFAULT_SOCKET_TIMEOUT = Duration.ofSeconds(3);

    private CameraCaptures() {
    }

    /**
     * Creates the capture of real RTSP cameras through javacv's FFmpeg grabber.
     *
     * @param workerCount captures that run at once, for example two per lane camera
     * @throws IllegalStateException when the FFmpeg natives cannot be loaded on this platform
     */
    public static CameraCapture rtsp(int workerCount, CameraHealthListener listener) {
        return new RtspCameraCapture(workerCount, DEFAULT_SOCKET_TIMEOUT, listener, Clock.systemDefaultZone());
    }

    /**
     * Creates cameras without hardware for demos: pictures show the camera, the time and
     * {@code caption}'s text for the camera, such as the plate of the truck on the scale.
     */
    public static CameraCapture simulated(CameraHealthListener listener, Function<CameraSource, String> caption) {
        return new SimulatedCameraCapture(listener, Clock.systemDefaultZone(), caption);
    }
}

package cn.overloadcontrol.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One still picture from a camera.
 *
 * @param cameraId   the camera's id
 * @param jpeg       the picture as JPEG bytes
 * @param width      width in pixels
 * @param height     height in pixels
 * @param keyFrame   whether the picture was decoded from a key frame. The first frames after
 *                   joining a stream can be grey or smeared until one arrives.
 * @param capturedAt when the frame was decoded
 * @param elapsed    time from the request to the decoded frame, connecting included
 */
public record CameraSnapshot(String cameraId, byte[] jpeg, int width, int height, boolean keyFrame,
                             Instant capturedAt, Duration elapsed) {

    public CameraSnapshot {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(jpeg, "jpeg");
        Objects.requireNonNull(capturedAt, "capturedAt");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}

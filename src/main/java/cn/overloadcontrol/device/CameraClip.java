package cn.overloadcontrol.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A short video from a camera.
 *
 * @param cameraId  the camera's id
 * @param mp4       the video as an MP4 file
 * @param length    the video's length from the stream timestamps
 * @param startedAt when the first recorded frame arrived
 * @param elapsed   time from the request to the finished file, connecting included
 */
public record CameraClip(String cameraId, byte[] mp4, Duration length, Instant startedAt, Duration elapsed) {

    public CameraClip {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(mp4, "mp4");
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(elapsed, "elapsed");
    }
}

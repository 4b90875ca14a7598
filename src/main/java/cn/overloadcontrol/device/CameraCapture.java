package cn.overloadcontrol.device;

import java.time.Duration;

/**
 * Grabs pictures and videos from lane cameras. Each call blocks the calling thread until it
 * returns or the deadline passes, but never longer: the work runs on worker threads of the
 * implementation, so a dead camera cannot hold the caller.
 */
public interface CameraCapture extends AutoCloseable {

    /**
     * Grabs one decoded key frame as JPEG.
     *
     * @param deadline the maximum time for connecting and grabbing together
     * @throws CameraCaptureException when the camera fails, sends no key frame, or the deadline passes
     */
    CameraSnapshot snapshot(CameraSource source, Duration deadline) throws CameraCaptureException;

    /**
     * Records {@code length} of video, starting at the next key frame, as MP4.
     *
     * @param deadline the maximum time for connecting and recording together; it must exceed {@code length}
     * @throws CameraCaptureException when the camera fails or the deadline passes
     */
    CameraClip clip(CameraSource source, Duration length, Duration deadline) throws CameraCaptureException;

    /** Stops the worker threads; calls after closing fail. */
    @Override
    void close();
}

package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraSource;
import java.io.IOException;
import java.time.Duration;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One RTSP connection to a camera, used by one worker thread. {@link #close()} may also be called
 * from another thread when the deadline passes. Every native step of the worker runs through
 * {@link #step}, under the same lock as {@code close()}, so the grabber's packets and frames are
 * never freed while the worker reads them. A close therefore waits for the running step, which
 * the socket {@code timeout} option bounds.
 */
final class RtspSession implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RtspSession.class);

    private final CameraSource source;
    private final FFmpegFrameGrabber grabber;
    private volatile String phase = "waiting for a worker";
    private boolean closed;

    RtspSession(CameraSource source, Duration socketTimeout) {
        this.source = source;
        this.grabber = new FFmpegFrameGrabber(RtspUrls.withCredentials(source));
        // RTP over the RTSP TCP connection: UDP is lost behind NAT and firewalls.
        grabber.setOption("rtsp_transport", "tcp");
        // FFmpeg 5 and later read the RTSP socket timeout from "timeout", in microseconds;
        // the older "stimeout" is ignored without a warning.
        grabber.setOption("timeout", Long.toString(socketTimeout.toNanos() / 1000));
        // Audio tracks (often G.711) cannot go into MP4 and are not needed.
        grabber.setOption("allowed_media_types", "video");
        // The camera's stream parameters are in the SDP, so a short probe is enough.
        grabber.setOption("analyzeduration", "1000000");
    }

    @FunctionalInterface
    interface NativeStep<T> {
        T run() throws IOException;
    }

    CameraSource source() {
        return source;
    }

    FFmpegFrameGrabber grabber() {
        return grabber;
    }

    /** Returns the step the session ran last, for the reason of a failure. */
    String phase() {
        return phase;
    }

    /** Runs one native step unless the session was closed; {@code phase} names it in a failure. */
    synchronized <T> T step(String phase, NativeStep<T> step) throws IOException {
        this.phase = phase;
        if (closed) {
            throw new IOException("the connection was closed after the deadline");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new IOException("the capture was cancelled");
        }
        return step.run();
    }

    /**
     * Connects and sets up the stream. Without {@code findStreamInfo} the grabber relies on the
     * SDP and decodes the first frames to learn the rest, which saves most of a second per
     * connection; a clip needs the probe because the MP4 header needs the stream parameters.
     */
    void start(boolean findStreamInfo) throws IOException {
        step("connecting", () -> {
            // start() takes a lock shared by every grabber in the JVM (javacv 1.5.14) while it connects, so
            // one camera that never replies would stall the others until its timeout. FFmpeg locks codec
            // opening itself since 4.0, where av_lockmgr_register became a no-op.
            grabber.startUnsafe(findStreamInfo);
            return null;
        });
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // Not close() or release(): they take the same JVM-wide lock as start().
            grabber.releaseUnsafe();
        } catch (FrameGrabber.Exception e) {
            log.warn("Camera {}: closing the RTSP grabber failed: {}",
                    source.id(), CredentialMask.mask(e.getMessage(), source));
        }
    }
}

package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptureException;
import cn.overloadcontrol.device.CameraClip;
import cn.overloadcontrol.device.CameraHealthListener;
import cn.overloadcontrol.device.CameraSnapshot;
import cn.overloadcontrol.device.CameraSource;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Captures over RTSP with javacv's FFmpeg grabber. Each capture opens its own connection on a
 * bounded worker pool and closes it afterwards. The caller waits at most the deadline. When the
 * deadline passes, the caller gets the failure at once, and a separate thread closes the
 * connection, which may wait until FFmpeg's socket timeout ends the blocked native call.
 */
public final class RtspCameraCapture implements CameraCapture {

    private static final Logger log = LoggerFactory.getLogger(RtspCameraCapture.class);
    private static final int QUEUED_CAPTURES_PER_WORKER = 4;

    private final Duration socketTimeout;
    private final CameraHealthTracker health;
    private final ThreadPoolExecutor workers;
    private final ExecutorService closer;

    /**
     * @param workerCount   captures that run at once; further ones queue, up to four per worker
     * @param socketTimeout FFmpeg's timeout for one socket read or connect; it is capped at two
     *                      fifths of a capture's deadline
     * @throws IllegalStateException when the FFmpeg natives cannot be loaded on this platform
     */
    public RtspCameraCapture(int workerCount, Duration socketTimeout, CameraHealthListener listener, Clock clock) {
        if (workerCount < 1) {
            throw new IllegalArgumentException("workerCount must be at least 1, was " + workerCount);
        }
        this.socketTimeout = Objects.requireNonNull(socketTimeout, "socketTimeout");
        this.health = new CameraHealthTracker(listener, clock);
        loadNatives();
        this.workers = new ThreadPoolExecutor(workerCount, workerCount, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(workerCount * QUEUED_CAPTURES_PER_WORKER), threads("rtsp-capture-"));
        this.closer = Executors.newCachedThreadPool(threads("rtsp-close-"));
    }

    public CameraHealthTracker health() {
        return health;
    }

    @Override
    public CameraSnapshot snapshot(CameraSource source, Duration deadline) throws CameraCaptureException {
        long startNanos = System.nanoTime();
        return capture(source, deadline, session -> SnapshotGrab.run(session, startNanos));
    }

    @Override
    public CameraClip clip(CameraSource source, Duration length, Duration deadline) throws CameraCaptureException {
        if (length.isNegative() || length.isZero() || deadline.compareTo(length) <= 0) {
            throw new IllegalArgumentException("Camera " + source.id() + ": clip length " + length
                    + " must be positive and shorter than the deadline " + deadline);
        }
        long startNanos = System.nanoTime();
        return capture(source, deadline, session -> ClipRecording.run(session, length, startNanos));
    }

    @Override
    public void close() {
        workers.shutdownNow();
        closer.shutdown();
    }

    // NOTE: after a deadline passes, the worker stays busy until FFmpeg's socket timeout ends the
    // blocked call. Only the RTSP connect, read and the tests' dead servers have shown it to hold.
    private <T> T capture(CameraSource source, Duration deadline, Work<T> work) throws CameraCaptureException {
        if (workers.isShutdown()) {
            throw new IllegalStateException("Camera " + source.id() + ": the capture was closed");
        }
        // javacv opens the input a second time when the first attempt fails, so two socket
        // timeouts must fit into the deadline with time left to grab a frame.
        Duration cap = deadline.multipliedBy(2).dividedBy(5);
        Duration timeout = socketTimeout.compareTo(cap) < 0 ? socketTimeout : cap;
        RtspSession session = new RtspSession(source, timeout);
        Future<T> result;
        try {
            result = workers.submit(() -> {
                try (session) {
                    return work.run(session);
                }
            });
        } catch (RejectedExecutionException e) {
            session.close();
            throw failed(source, "all capture workers are busy and the queue is full");
        }
        try {
            T value = result.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            health.succeeded(source.id());
            return value;
        } catch (TimeoutException e) {
            result.cancel(true);
            closer.execute(session::close);
            throw failed(source, "timed out after " + deadline.toMillis() + " ms while " + session.phase());
        } catch (ExecutionException e) {
            throw failed(source, session.phase() + " failed: " + CredentialMask.mask(describe(e.getCause()), source));
        } catch (InterruptedException e) {
            result.cancel(true);
            closer.execute(session::close);
            Thread.currentThread().interrupt();
            throw failed(source, "interrupted while " + session.phase());
        }
    }

    private CameraCaptureException failed(CameraSource source, String reason) {
        health.failed(source.id(), reason);
        return new CameraCaptureException(source.id(), reason);
    }

    // javacv's messages name the input URL, so the cause itself is never passed on, only its masked text.
    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        // javacv appends hints for developers that mean nothing in a camera's health report.
        return message.replace(" (Has setFormat() been called?)", "")
                .replace(" (For more details, make sure FFmpegLogCallback.set() has been called.)", "");
    }

    /** The Debian packages of the system libraries that javacv's bundled FFmpeg 8.1 links against. */
    public static final String SYSTEM_PACKAGES = "libpulse0 libasound2 libxcb1 libxcb-shm0 libudev1";

    private static void loadNatives() {
        try {
            FFmpegFrameGrabber.tryLoad();
        } catch (FFmpegFrameGrabber.Exception e) {
            throw new IllegalStateException("FFmpeg natives could not be loaded (on Debian, install the system"
                    + " libraries they link against: apt-get install " + SYSTEM_PACKAGES + "): " + e.getMessage(), e);
        }
        FfmpegLog.install();
        log.debug("FFmpeg natives loaded");
    }

    private static java.util.concurrent.ThreadFactory threads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(RtspSession session) throws Exception;
    }
}

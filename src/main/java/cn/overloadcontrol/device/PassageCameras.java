package cn.overloadcontrol.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Grabs the evidence of one passage from all cameras of a lane at once, when the weight is
 * stable: a key-frame snapshot and a clip per camera. A camera that fails never holds back the
 * others or the record: its snapshot gives up after {@link #SNAPSHOT_DEADLINE}, and the evidence
 * lists it as a failure.
 */
public final class PassageCameras implements AutoCloseable {

    /** Maximum wait for one camera's snapshot, connecting included. */
    public static final Duration SNAPSHOT_DEADLINE = Duration.ofSeconds(5);
    public static final Duration DEFAULT_CLIP_LENGTH = Duration.ofSeconds(10);
    // Time for connecting and the first key frame on top of the clip length.
    private static final Duration CLIP_MARGIN = Duration.ofSeconds(5);

    private final CameraCapture capture;
    private final Duration clipLength;
    private final ExecutorService callers;

    /** @param clipLength the length of each clip; {@link #DEFAULT_CLIP_LENGTH} unless configured */
    public PassageCameras(CameraCapture capture, Duration clipLength) {
        this.capture = Objects.requireNonNull(capture, "capture");
        if (clipLength.isNegative() || clipLength.isZero()) {
            throw new IllegalArgumentException("clipLength must be positive, was " + clipLength);
        }
        this.clipLength = clipLength;
        AtomicInteger count = new AtomicInteger();
        this.callers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "passage-camera-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Grabs snapshots and clips from all {@code cameras} in parallel and waits for all of them. A
     * failed camera becomes a {@link CameraFailure}, never an exception. With a capture that keeps
     * its deadlines, as the RTSP one does, this returns within the clip length plus five seconds.
     */
    public PassageEvidence capture(List<CameraSource> cameras) {
        return capture(cameras, cameras);
    }

    /**
     * Grabs snapshots from {@code snapshotSources} and clips from {@code clipSources} in parallel,
     * for cameras whose clips come from a lower-bitrate sub-stream; otherwise as {@link #capture(List)}.
     */
    public PassageEvidence capture(List<CameraSource> snapshotSources, List<CameraSource> clipSources) {
        // NOTE: clips start at this call, when the weight is stable. A clip that also covers the
        // seconds before it would need a continuously recorded buffer per camera.
        List<CompletableFuture<Object>> snapshots = new ArrayList<>();
        List<CompletableFuture<Object>> clips = new ArrayList<>();
        for (CameraSource camera : snapshotSources) {
            snapshots.add(CompletableFuture.supplyAsync(() -> snapshot(camera), callers));
        }
        for (CameraSource camera : clipSources) {
            clips.add(CompletableFuture.supplyAsync(() -> clip(camera), callers));
        }

        List<CameraSnapshot> pictures = new ArrayList<>();
        List<CameraClip> recorded = new ArrayList<>();
        List<CameraFailure> failures = new ArrayList<>();
        for (CompletableFuture<Object> snapshot : snapshots) {
            sort(snapshot.join(), pictures, recorded, failures);
        }
        for (CompletableFuture<Object> clip : clips) {
            sort(clip.join(), pictures, recorded, failures);
        }
        return new PassageEvidence(pictures, recorded, failures);
    }

    @Override
    public void close() {
        callers.shutdownNow();
    }

    private Object snapshot(CameraSource camera) {
        try {
            return capture.snapshot(camera, SNAPSHOT_DEADLINE);
        } catch (CameraCaptureException e) {
            return new CameraFailure(camera.id(), camera.position(), false, e.reason());
        }
    }

    private Object clip(CameraSource camera) {
        try {
            return capture.clip(camera, clipLength, clipLength.plus(CLIP_MARGIN));
        } catch (CameraCaptureException e) {
            return new CameraFailure(camera.id(), camera.position(), true, e.reason());
        }
    }

    private static void sort(Object result, List<CameraSnapshot> snapshots, List<CameraClip> clips,
                             List<CameraFailure> failures) {
        if (result instanceof CameraSnapshot snapshot) {
            snapshots.add(snapshot);
        } else if (result instanceof CameraClip clip) {
            clips.add(clip);
        } else {
            failures.add((CameraFailure) result);
        }
    }
}

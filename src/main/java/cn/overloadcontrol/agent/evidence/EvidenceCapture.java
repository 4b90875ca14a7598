package cn.overloadcontrol.agent.evidence;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.device.CameraClip;
import cn.overloadcontrol.device.CameraFailure;
import cn.overloadcontrol.device.CameraSnapshot;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.device.PassageCameras;
import cn.overloadcontrol.device.PassageEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Grabs a snapshot and a clip from every RTSP camera of the lane when a passage is journaled, on
 * worker threads, so the indicator's reader thread never waits for a camera. The files go to the
 * {@link MediaStore}, and one {@code EVIDENCE} entry per passage lists them and the failures.
 * A clip larger than the configured maximum stays on this PC and counts as a failed clip, since the
 * platform could not take it.
 */
public final class EvidenceCapture implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EvidenceCapture.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Journal journal;
    private final MediaStore media;
    private final StationCameras cameras;
    private final PassageCameras passageCameras;
    private final long maxClipBytes;
    private final Runnable settled;
    private final ExecutorService workers;

    /**
     * @param passageCameras the capture of all cameras of one passage, or {@code null} when the lane has none
     * @param settled        called after each {@code EVIDENCE} entry, to wake the forwarder
     */
    public EvidenceCapture(Journal journal, MediaStore media, StationCameras cameras, PassageCameras passageCameras,
            long maxClipBytes, Runnable settled) {
        this.journal = journal;
        this.media = media;
        this.cameras = cameras;
        this.passageCameras = passageCameras;
        this.maxClipBytes = maxClipBytes;
        this.settled = settled;
        AtomicInteger count = new AtomicInteger();
        // Two passages can overlap when a capture runs into its deadline while the next truck settles.
        this.workers = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "passage-evidence-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Returns whether the lane has RTSP cameras, so records wait for their evidence. */
    public boolean expectsEvidence() {
        return passageCameras != null && !cameras.rtsp().isEmpty();
    }

    /** Starts the capture for the journaled passage {@code passageSequence}; returns at once. */
    public void passageRecorded(long passageSequence, Instant stableAt) {
        if (!expectsEvidence()) {
            return;
        }
        try {
            workers.execute(() -> capture(passageSequence, stableAt));
        } catch (RejectedExecutionException e) {
            log.warn("Evidence capture of passage entry {} not started: the station is stopping", passageSequence);
        }
    }

    private void capture(long passageSequence, Instant stableAt) {
        List<CameraSource> snapshotSources = cameras.rtsp().stream().map(StationCameras.RtspCamera::snapshot).toList();
        List<CameraSource> clipSources = cameras.rtsp().stream().map(StationCameras.RtspCamera::clip).toList();
        try {
            PassageEvidence evidence = passageCameras.capture(snapshotSources, clipSources);
            journalEvidence(passageSequence, evidence);
        } catch (RuntimeException e) {
            // The record must still go out: it is sealed with every camera missing at its deadline.
            log.error("Evidence capture of passage entry {} (stable at {}) failed", passageSequence, stableAt, e);
        }
    }

    private void journalEvidence(long passageSequence, PassageEvidence evidence) {
        ObjectNode data = json.createObjectNode();
        data.put("passageSequence", passageSequence);
        data.put("cameras", cameras.rtsp().size());
        ArrayNode files = data.putArray("files");
        ArrayNode missing = data.putArray("missing");
        for (CameraSnapshot snapshot : evidence.snapshots()) {
            addFile(files, snapshot.cameraId(), position(snapshot.cameraId()), "image/jpeg", snapshot.jpeg());
        }
        for (CameraClip clip : evidence.clips()) {
            if (clip.mp4().length > maxClipBytes) {
                log.warn("Clip of camera {} for passage entry {} has {} bytes, more than {}; kept but not sent",
                        clip.cameraId(), passageSequence, clip.mp4().length, maxClipBytes);
                String sha256 = media.put(clip.mp4());
                addMissing(missing, clip.cameraId(), "CLIP", "视频过大（" + clip.mp4().length / 1024 + " KiB，上限 "
                        + maxClipBytes / 1024 + " KiB），仅保存在磅房电脑", sha256);
                continue;
            }
            addFile(files, clip.cameraId(), "CLIP", "video/mp4", clip.mp4());
        }
        for (CameraFailure failure : evidence.failures()) {
            addMissing(missing, failure.cameraId(), failure.clip() ? "CLIP" : "SNAPSHOT",
                    CameraReasons.chinese(failure.reason()), null);
            log.warn("Camera {} {} failed for passage entry {}: {}", failure.cameraId(),
                    failure.clip() ? "clip" : "snapshot", passageSequence, failure.reason());
        }
        journal.append(EntryType.EVIDENCE, sequence -> data);
        log.info("Journaled evidence of passage entry {}: {} files, {} missing", passageSequence, files.size(),
                missing.size());
        settled.run();
    }

    private void addFile(ArrayNode files, String cameraId, String kind, String contentType, byte[] bytes) {
        ObjectNode file = files.addObject();
        file.put("cameraId", cameraId);
        file.put("kind", kind);
        file.put("contentType", contentType);
        file.put("sha256", media.put(bytes));
        file.put("sizeBytes", bytes.length);
    }

    private void addMissing(ArrayNode missing, String cameraId, String kind, String reason, String keptSha256) {
        ObjectNode item = missing.addObject();
        item.put("cameraId", cameraId);
        item.put("position", position(cameraId));
        item.put("kind", kind);
        item.put("reason", reason);
        if (keptSha256 != null) {
            item.put("keptSha256", keptSha256);
        }
    }

    private String position(String cameraId) {
        return cameras.rtsp(cameraId).map(camera -> camera.snapshot().position().name()).orElse("FRONT");
    }

    /** Returns the time after the stable reading by which the capture has finished or given up. */
    public static Duration settleDeadline(Duration clipLength) {
        // PassageCameras gives each clip its length plus 5 s; the rest covers writing the files.
        return clipLength.plus(Duration.ofSeconds(10));
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}

package cn.overloadcontrol.agent.evidence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.agent.platform.HeartbeatContributor;
import cn.overloadcontrol.device.CameraAllowList;
import cn.overloadcontrol.device.CameraHealth;
import cn.overloadcontrol.device.CameraHealthListener;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.device.CameraState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The lane's configured cameras and their health: RTSP cameras go online or offline with each
 * capture, and a plate camera is online while it pushes events or heartbeats. Adds the
 * {@code cameras} part to every heartbeat; addresses in it never carry credentials.
 */
public final class StationCameras implements CameraHealthListener, HeartbeatContributor {

    private static final DateTimeFormatter API_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME
            .withZone(ZoneOffset.ofHours(8));

    /**
     * One RTSP camera.
     *
     * @param snapshot the source for snapshots, with the decrypted credentials
     * @param clip     the source for clips: the sub-stream when configured, else the same as {@code snapshot}
     */
    public record RtspCamera(CameraSource snapshot, CameraSource clip) {

        public String id() {
            return snapshot.id();
        }
    }

    /**
     * One plate camera.
     *
     * @param vendor HIKVISION, DAHUA, VZENITH, or SIMULATED for the simulator's camera
     */
    public record PlateCamera(String id, String vendor, String address) {
    }

    private final List<RtspCamera> rtsp;
    private final List<PlateCamera> plate;
    private final CameraAllowList allowList;
    private final Duration plateSilence;
    private final Clock clock;
    private final Map<String, CameraHealth> rtspHealth = new ConcurrentHashMap<>();
    private final Map<String, Instant> platePushes = new ConcurrentHashMap<>();
    /** Last successes from the journal, for the cameras without a success since this start. */
    private final Map<String, Instant> journaledSuccess = new ConcurrentHashMap<>();

    public StationCameras(List<RtspCamera> rtsp, List<PlateCamera> plate, Duration plateSilence, Clock clock) {
        this.rtsp = List.copyOf(rtsp);
        this.plate = List.copyOf(plate);
        this.allowList = CameraAllowList.of(plate.stream().map(PlateCamera::address).toList());
        this.plateSilence = plateSilence;
        this.clock = clock;
    }

    public List<RtspCamera> rtsp() {
        return rtsp;
    }

    public List<PlateCamera> plate() {
        return plate;
    }

    public Optional<RtspCamera> rtsp(String id) {
        return rtsp.stream().filter(camera -> camera.id().equals(id)).findFirst();
    }

    /** Returns the plate camera at {@code remoteAddress}, or empty when the address is not on the allow-list. */
    public Optional<PlateCamera> plateCameraAt(String remoteAddress) {
        if (!allowList.allows(remoteAddress)) {
            return Optional.empty();
        }
        CameraAllowList sender = CameraAllowList.of(List.of(remoteAddress));
        return plate.stream().filter(camera -> sender.allows(camera.address())).findFirst();
    }

    /**
     * Restores each camera's last success from the journal: the newest {@code EVIDENCE} entry with a
     * file of an RTSP camera, or the newest {@code PLATE_READ} entry of a plate camera. A plate
     * camera's heartbeat pushes are not journaled, so its restored time is its last read.
     */
    public void restoreLastSuccess(Journal journal) {
        for (JournalEntry entry : journal.entries()) {
            if (entry.type() == EntryType.EVIDENCE) {
                for (JsonNode file : entry.data().path("files")) {
                    journaledSuccess.put(file.path("cameraId").asString(), entry.at());
                }
            } else if (entry.type() == EntryType.PLATE_READ && entry.text("cameraId") != null) {
                journaledSuccess.put(entry.text("cameraId"), entry.at());
            }
        }
    }

    /** Notes a push (event or heartbeat) of a plate camera. */
    public void platePushed(String cameraId) {
        platePushes.put(cameraId, clock.instant());
    }

    @Override
    public void onHealth(CameraHealth health) {
        rtspHealth.put(health.cameraId(), health);
    }

    /** Returns the RTSP camera's latest health, or empty before its first capture. */
    public Optional<CameraHealth> health(String cameraId) {
        return Optional.ofNullable(rtspHealth.get(cameraId));
    }

    @Override
    public void contribute(ObjectNode report) {
        if (rtsp.isEmpty() && plate.isEmpty()) {
            return;
        }
        ArrayNode cameras = report.putArray("cameras");
        for (RtspCamera camera : rtsp) {
            ObjectNode node = cameras.addObject();
            node.put("id", camera.id());
            node.put("position", camera.snapshot().position().name());
            node.put("type", "RTSP");
            node.put("address", camera.snapshot().url());
            CameraHealth health = rtspHealth.get(camera.id());
            if (health == null) {
                putState(node, "UNKNOWN", "", journaledSuccess.get(camera.id()));
            } else {
                putState(node, health.state().name(),
                        health.state() == CameraState.ONLINE ? "" : CameraReasons.chinese(health.reason()),
                        health.lastSuccessAt() != null ? health.lastSuccessAt() : journaledSuccess.get(camera.id()));
            }
        }
        Instant now = clock.instant();
        for (PlateCamera camera : plate) {
            ObjectNode node = cameras.addObject();
            node.put("id", camera.id());
            node.put("type", "PLATE");
            node.put("vendor", camera.vendor());
            node.put("address", camera.address());
            Instant last = platePushes.get(camera.id());
            if (last == null) {
                putState(node, "UNKNOWN", "", journaledSuccess.get(camera.id()));
            } else if (Duration.between(last, now).compareTo(plateSilence) > 0) {
                putState(node, "OFFLINE", "超过 " + silenceText() + "未收到推送", last);
            } else {
                putState(node, "ONLINE", "", last);
            }
        }
    }

    private String silenceText() {
        return plateSilence.toSeconds() % 60 == 0 ? plateSilence.toMinutes() + " 分钟" : plateSilence.toSeconds() + " 秒";
    }

    private static void putState(ObjectNode node, String state, String reason, Instant lastSuccessAt) {
        node.put("state", state);
        node.put("reason", reason);
        node.put("lastSuccessAt", lastSuccessAt == null ? null : API_TIME.format(lastSuccessAt));
    }
}

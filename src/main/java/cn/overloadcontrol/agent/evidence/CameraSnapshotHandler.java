package cn.overloadcontrol.agent.evidence;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import cn.overloadcontrol.agent.platform.CommandOutcome;
import cn.overloadcontrol.agent.platform.StationCommandHandler;
import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptureException;
import cn.overloadcontrol.device.CameraSnapshot;
import cn.overloadcontrol.device.PassageCameras;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Serves {@code CAMERA_SNAPSHOT}: grabs one key frame of the named RTSP camera within
 * {@link PassageCameras#SNAPSHOT_DEADLINE} (5 s) and returns it as JPEG for the installer's preview.
 * A plate camera pushes its reads and cannot be asked for a frame, so its preview is the picture
 * of its newest read, with the plate and the time it was read.
 */
public final class CameraSnapshotHandler implements StationCommandHandler {

    public static final String KIND = "CAMERA_SNAPSHOT";
    private static final Logger log = LoggerFactory.getLogger(CameraSnapshotHandler.class);

    private static final DateTimeFormatter SCREEN_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.ofHours(8));

    private final StationCameras cameras;
    private final CameraCapture capture;
    private final PlateReads plates;

    public CameraSnapshotHandler(StationCameras cameras, CameraCapture capture, PlateReads plates) {
        this.cameras = cameras;
        this.capture = capture;
        this.plates = plates;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CommandOutcome handle(JsonNode command) {
        String cameraId = command.path("cameraId").asString("");
        Optional<StationCameras.RtspCamera> camera = cameras.rtsp(cameraId);
        if (camera.isEmpty()) {
            boolean plateCamera = cameras.plate().stream().anyMatch(plate -> plate.id().equals(cameraId));
            return plateCamera ? latestPlatePicture(cameraId)
                    : CommandOutcome.failed("本磅房没有编号为 " + cameraId + " 的摄像机");
        }
        try {
            CameraSnapshot snapshot = capture.snapshot(camera.get().snapshot(), PassageCameras.SNAPSHOT_DEADLINE);
            return new CommandOutcome(true, "已抓拍（" + snapshot.width() + "×" + snapshot.height() + "）",
                    snapshot.jpeg());
        } catch (CameraCaptureException e) {
            log.warn("Preview snapshot of camera {} failed: {}", cameraId, e.reason());
            return CommandOutcome.failed(CameraReasons.chinese(e.reason()));
        }
    }

    private CommandOutcome latestPlatePicture(String cameraId) {
        Optional<PlateReads.LatestPicture> latest = plates.latestPicture(cameraId);
        if (latest.isEmpty()) {
            return CommandOutcome.failed("车牌识别相机 " + cameraId + " 尚未推送带图片的识别结果");
        }
        PlateReads.PlateRead read = latest.get().read();
        String plate = read.readable() ? read.plate() : read.rawPlate();
        return new CommandOutcome(true, "最近一次识别的图片：" + plate + "，识别于 " + SCREEN_TIME.format(read.readAt()),
                latest.get().jpeg());
    }
}

package cn.overloadcontrol.agent.evidence;

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
 */
public final class CameraSnapshotHandler implements StationCommandHandler {

    public static final String KIND = "CAMERA_SNAPSHOT";
    private static final Logger log = LoggerFactory.getLogger(CameraSnapshotHandler.class);

    private final StationCameras cameras;
    private final CameraCapture capture;

    public CameraSnapshotHandler(StationCameras cameras, CameraCapture capture) {
        this.cameras = cameras;
        this.capture = capture;
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
            return CommandOutcome.failed("本磅房没有编号为 " + cameraId + " 的摄像机");
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
}

package cn.overloadcontrol.agent.evidence;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.platform.CommandOutcome;
import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptures;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.PlateEvent;
import cn.overloadcontrol.device.PlatePicture;
import cn.overloadcontrol.device.rtsp.RtspTestServer;
import cn.overloadcontrol.device.rtsp.RequiresFfmpeg;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The installer's preview snapshot from a real RTSP server on 127.0.0.1, and its failures in Chinese. */
class CameraSnapshotHandlerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] PLATE_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};

    @TempDir
    Path folder;

    private PlateReads plates;

    @BeforeEach
    void openPlateReads() {
        Journal journal = Journal.open(folder, Clock.systemUTC());
        plates = new PlateReads(journal, new MediaStore(folder), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void snapshotReturnsJpeg() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg")) {
            StationCameras cameras = new StationCameras(List.of(EvidenceCaptureTest.camera("front",
                    CameraPosition.FRONT, server.url(), "", "")), List.of(), Duration.ofMinutes(5), Clock.systemUTC());
            try (CameraCapture capture = CameraCaptures.rtsp(2, cameras)) {
                CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture, plates);

                CommandOutcome outcome = handler.handle(JSON.readTree(
                        "{\"id\": 12, \"kind\": \"CAMERA_SNAPSHOT\", \"cameraId\": \"front\"}"));

                assertThat(handler.kind()).isEqualTo("CAMERA_SNAPSHOT");
                assertThat(outcome.done()).isTrue();
                assertThat(outcome.image()).startsWith((byte) 0xFF, (byte) 0xD8, (byte) 0xFF);
                assertThat(outcome.message()).startsWith("已抓拍");
            }
        }
    }

    @Test
    void unknownCameraFails() throws Exception {
        StationCameras cameras = new StationCameras(List.of(), List.of(), Duration.ofMinutes(5), Clock.systemUTC());
        try (CameraCapture capture = CameraCaptures.simulated(cameras, source -> "")) {
            CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture, plates);

            CommandOutcome outcome = handler.handle(JSON.readTree("{\"id\": 13, \"cameraId\": \"rear\"}"));

            assertThat(outcome.done()).isFalse();
            assertThat(outcome.message()).contains("rear");
            assertThat(outcome.image()).isNull();
        }
    }

    @Test
    @RequiresFfmpeg
    void closedPortFailsWithinDeadline() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StationCameras cameras = new StationCameras(List.of(EvidenceCaptureTest.camera("side", CameraPosition.SIDE,
                "rtsp://127.0.0.1:" + port + "/cam", "", "")), List.of(), Duration.ofMinutes(5), Clock.systemUTC());
        try (CameraCapture capture = CameraCaptures.rtsp(2, cameras)) {
            CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture, plates);
            long start = System.nanoTime();

            CommandOutcome outcome = handler.handle(JSON.readTree("{\"cameraId\": \"side\"}"));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
            assertThat(outcome.done()).isFalse();
            assertThat(outcome.message()).isNotBlank();
            assertThat(cameras.health("side").orElseThrow().state().name()).isEqualTo("OFFLINE");
        }
    }

    @Test
    void plateCameraReturnsLatestPicture() throws Exception {
        StationCameras cameras = new StationCameras(List.of(),
                List.of(new StationCameras.PlateCamera("sim-plate", "SIMULATED", "127.0.0.1")),
                Duration.ofMinutes(5), Clock.systemUTC());
        Instant readAt = Instant.parse("2026-12-05T02:13:10Z");
        plates.accept("sim-plate", "SIMULATED", new PlateEvent(CameraVendor.HIKVISION, "127.0.0.1", "e1", readAt,
                PlateNumber.of("晋E48405"), "晋E48405", PlateColor.YELLOW, "yellow", 96, "",
                List.of(new PlatePicture("plate.jpg", "image/jpeg", PLATE_JPEG))));
        try (CameraCapture capture = CameraCaptures.simulated(cameras, source -> "")) {
            CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture, plates);

            CommandOutcome outcome = handler.handle(JSON.readTree("{\"cameraId\": \"sim-plate\"}"));

            assertThat(outcome.done()).isTrue();
            assertThat(outcome.image()).isEqualTo(PLATE_JPEG);
            assertThat(outcome.message()).isEqualTo("最近一次识别的图片：晋E48405，识别于 2026-12-05 10:13:10");
        }
    }

    @Test
    void plateCameraWithoutPictureFails() throws Exception {
        StationCameras cameras = new StationCameras(List.of(),
                List.of(new StationCameras.PlateCamera("sim-plate", "SIMULATED", "127.0.0.1")),
                Duration.ofMinutes(5), Clock.systemUTC());
        try (CameraCapture capture = CameraCaptures.simulated(cameras, source -> "")) {
            CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture, plates);

            CommandOutcome outcome = handler.handle(JSON.readTree("{\"cameraId\": \"sim-plate\"}"));

            assertThat(outcome.done()).isFalse();
            assertThat(outcome.message()).isEqualTo("车牌识别相机 sim-plate 尚未推送带图片的识别结果");
        }
    }
}

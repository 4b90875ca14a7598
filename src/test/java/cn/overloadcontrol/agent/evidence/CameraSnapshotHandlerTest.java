package cn.overloadcontrol.agent.evidence;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.overloadcontrol.agent.platform.CommandOutcome;
import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptures;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.rtsp.RtspTestServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The installer's preview snapshot from a real RTSP server on 127.0.0.1, and its failures in Chinese. */
class CameraSnapshotHandlerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void snapshotReturnsJpeg() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg")) {
            StationCameras cameras = new StationCameras(List.of(EvidenceCaptureTest.camera("front",
                    CameraPosition.FRONT, server.url(), "", "")), List.of(), Duration.ofMinutes(5), Clock.systemUTC());
            try (CameraCapture capture = CameraCaptures.rtsp(2, cameras)) {
                CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture);

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
            CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture);

            CommandOutcome outcome = handler.handle(JSON.readTree("{\"id\": 13, \"cameraId\": \"rear\"}"));

            assertThat(outcome.done()).isFalse();
            assertThat(outcome.message()).contains("rear");
            assertThat(outcome.image()).isNull();
        }
    }

    @Test
    void closedPortFailsWithinDeadline() throws Exception {
        int port;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        StationCameras cameras = new StationCameras(List.of(EvidenceCaptureTest.camera("side", CameraPosition.SIDE,
                "rtsp://127.0.0.1:" + port + "/cam", "", "")), List.of(), Duration.ofMinutes(5), Clock.systemUTC());
        try (CameraCapture capture = CameraCaptures.rtsp(2, cameras)) {
            CameraSnapshotHandler handler = new CameraSnapshotHandler(cameras, capture);
            long start = System.nanoTime();

            CommandOutcome outcome = handler.handle(JSON.readTree("{\"cameraId\": \"side\"}"));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(6));
            assertThat(outcome.done()).isFalse();
            assertThat(outcome.message()).isNotBlank();
            assertThat(cameras.health("side").orElseThrow().state().name()).isEqualTo("OFFLINE");
        }
    }
}

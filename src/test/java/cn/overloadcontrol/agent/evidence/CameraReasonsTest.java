package cn.overloadcontrol.agent.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptureException;
import cn.overloadcontrol.device.CameraCaptures;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.rtsp.RtspTestServer;
import cn.overloadcontrol.device.rtsp.RequiresFfmpeg;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chinese reasons for the failures of real RTSP connections on 127.0.0.1, and for FFmpeg's codes. */
class CameraReasonsTest {

    private static final String USER = "camuser";
    private static final String PASSWORD = "Cam#Pw-5-right";

    @Test
    void wrongPasswordNamesCredentials() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg", USER, PASSWORD)) {
            String reason = failureOf(server.url(), "wrong-pass-1");

            assertThat(CameraReasons.chinese(reason)).isEqualTo("用户名或密码错误");
        }
    }

    @Test
    @RequiresFfmpeg
    void closedPortNamesRefusal() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }

        String reason = failureOf("rtsp://127.0.0.1:" + port + "/nothing", PASSWORD);

        assertThat(CameraReasons.chinese(reason)).isEqualTo("连接被拒绝");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            connecting failed: avformat_open_input() error -825242872: Could not open input "x" | 用户名或密码错误
            connecting failed: avformat_open_input() error -111: Could not open input "x"       | 连接被拒绝
            connecting failed: avformat_open_input() error -110: Could not open input "x"       | 连接超时
            connecting failed: avformat_open_input() error -875574520: Could not open input "x" | 视频流地址不存在
            connecting failed: avformat_open_input() error -5: Could not open input "x"         | 无法打开视频流（连接超时或地址错误）
            timed out after 5000 ms while waiting for a key frame                              | 等待关键帧超时（5 秒）
            """)
    void codesMapToReasons(String reason, String expected) {
        assertThat(CameraReasons.chinese(reason)).isEqualTo(expected);
    }

    private static String failureOf(String url, String password) throws Exception {
        StationCameras cameras = new StationCameras(List.of(EvidenceCaptureTest.camera("front", CameraPosition.FRONT,
                url, USER, password)), List.of(), Duration.ofMinutes(5), Clock.systemUTC());
        try (CameraCapture capture = CameraCaptures.rtsp(1, cameras)) {
            try {
                capture.snapshot(cameras.rtsp().get(0).snapshot(), Duration.ofSeconds(5));
            } catch (CameraCaptureException e) {
                return e.reason();
            }
        }
        throw new AssertionError("the snapshot of " + url + " succeeded, but a failure was expected");
    }
}

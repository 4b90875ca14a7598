package cn.overloadcontrol.device.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.CameraCaptureException;
import cn.overloadcontrol.device.CameraClip;
import cn.overloadcontrol.device.CameraHealth;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSnapshot;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.device.CameraState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Captures from a real GStreamer RTSP server and from addresses that fail, all on 127.0.0.1. */
@RequiresFfmpeg
class RtspCameraCaptureTest {

    private static final Duration SNAPSHOT_DEADLINE = Duration.ofSeconds(5);

    private final List<CameraHealth> healthChanges = new CopyOnWriteArrayList<>();
    private RtspCameraCapture capture;

    @BeforeEach
    void createCapture() {
        capture = new RtspCameraCapture(2, Duration.ofSeconds(3), healthChanges::add, Clock.systemUTC());
    }

    @AfterEach
    void closeCapture() {
        capture.close();
    }

    @Test
    void snapshotOfH264StreamIsDecodableJpeg() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("h264")) {
            CameraSnapshot snapshot = capture.snapshot(source(server.url()), SNAPSHOT_DEADLINE);

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(snapshot.jpeg()));
            assertThat(image).as("ImageIO decodes the JPEG").isNotNull();
            assertThat(image.getWidth()).isEqualTo(RtspTestServer.WIDTH);
            assertThat(image.getHeight()).isEqualTo(RtspTestServer.HEIGHT);
            assertThat(snapshot.width()).isEqualTo(RtspTestServer.WIDTH);
            assertThat(snapshot.height()).isEqualTo(RtspTestServer.HEIGHT);
            assertThat(snapshot.keyFrame()).isTrue();
            assertThat(snapshot.elapsed()).isLessThan(SNAPSHOT_DEADLINE);
        }
    }

    @Test
    void snapshotOfMjpegStreamIsDecodableJpeg() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg")) {
            CameraSnapshot snapshot = capture.snapshot(source(server.url()), SNAPSHOT_DEADLINE);

            BufferedImage image = ImageIO.read(new ByteArrayInputStream(snapshot.jpeg()));
            assertThat(image).isNotNull();
            assertThat(image.getWidth()).isEqualTo(RtspTestServer.WIDTH);
            assertThat(image.getHeight()).isEqualTo(RtspTestServer.HEIGHT);
        }
    }

    @Test
    void laterSnapshotShowsOtherFrame() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg")) {
            CameraSnapshot first = capture.snapshot(source(server.url()), SNAPSHOT_DEADLINE);
            Thread.sleep(1500);
            CameraSnapshot second = capture.snapshot(source(server.url()), SNAPSHOT_DEADLINE);

            assertThat(second.jpeg()).as("snapshot 1.5 s later").isNotEqualTo(first.jpeg());
        }
    }

    @Test
    void clipIsMp4OfRequestedLength() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("h264")) {
            CameraClip clip = capture.clip(source(server.url()), Duration.ofSeconds(2), Duration.ofSeconds(8));

            assertThat(new String(clip.mp4(), 4, 4, java.nio.charset.StandardCharsets.US_ASCII))
                    .as("MP4 files start with an ftyp box").isEqualTo("ftyp");
            assertThat(clip.length()).isBetween(Duration.ofMillis(1900), Duration.ofMillis(2200));
            assertThat(videoLength(clip.mp4())).isBetween(Duration.ofMillis(1800), Duration.ofMillis(2300));
        }
    }

    @Test
    void serverKilledDuringClipFailsWithinDeadline() throws Exception {
        Duration deadline = Duration.ofSeconds(9);
        try (RtspTestServer server = RtspTestServer.start("h264")) {
            Thread killer = new Thread(() -> {
                try {
                    Thread.sleep(1500);
                    server.kill();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            killer.start();
            long start = System.nanoTime();

            assertThatThrownBy(() -> capture.clip(source(server.url()), Duration.ofSeconds(6), deadline))
                    .isInstanceOf(CameraCaptureException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(deadline);
            killer.join();
        }
    }

    @Test
    void listenerThatNeverAnswersFailsWithinFiveSeconds() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            Thread acceptor = acceptAndStaySilent(silent);
            long start = System.nanoTime();

            assertThatThrownBy(() -> capture.snapshot(source("rtsp://127.0.0.1:" + silent.getLocalPort() + "/cam"),
                    SNAPSHOT_DEADLINE))
                    .isInstanceOf(CameraCaptureException.class);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(5500));
            acceptor.interrupt();
        }
        assertThat(healthChanges).singleElement().satisfies(health -> {
            assertThat(health.state()).isEqualTo(CameraState.OFFLINE);
            assertThat(health.reason()).isNotBlank();
        });
    }

    @Test
    void closedPortFailsWithinFiveSeconds() throws Exception {
        long start = System.nanoTime();

        assertThatThrownBy(() -> capture.snapshot(source("rtsp://127.0.0.1:" + RtspTestServer.freePort() + "/cam"),
                SNAPSHOT_DEADLINE))
                .isInstanceOf(CameraCaptureException.class)
                .hasMessageContaining("cam-front");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(SNAPSHOT_DEADLINE);
    }

    @Test
    void healthGoesOnlineThenOffline() throws Exception {
        CameraSource camera;
        try (RtspTestServer server = RtspTestServer.start("mjpeg")) {
            camera = source(server.url());
            capture.snapshot(camera, SNAPSHOT_DEADLINE);
        }

        assertThatThrownBy(() -> capture.snapshot(camera, SNAPSHOT_DEADLINE))
                .isInstanceOf(CameraCaptureException.class);

        assertThat(healthChanges).hasSize(2);
        assertThat(healthChanges.get(0).state()).isEqualTo(CameraState.ONLINE);
        assertThat(healthChanges.get(1).state()).isEqualTo(CameraState.OFFLINE);
        assertThat(healthChanges.get(1).lastSuccessAt()).isEqualTo(healthChanges.get(0).lastSuccessAt());
    }

    private static CameraSource source(String url) {
        return CameraSource.anonymous("cam-front", CameraPosition.FRONT, url);
    }

    private static Thread acceptAndStaySilent(ServerSocket server) {
        Thread thread = new Thread(() -> {
            List<Socket> open = new CopyOnWriteArrayList<>();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    open.add(server.accept());
                }
            } catch (IOException closed) {
                // The test closed the listener.
            }
        }, "silent-rtsp");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    static Duration videoLength(byte[] mp4) throws Exception {
        Path file = Files.createTempFile("clip", ".mp4");
        try {
            Files.write(file, mp4);
            try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
                grabber.start();
                return Duration.ofNanos(grabber.getLengthInTime() * 1000);
            }
        } finally {
            Files.delete(file);
        }
    }
}

package cn.overloadcontrol.device.rtsp;

import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.device.CameraClip;
import cn.overloadcontrol.device.CameraHealth;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSnapshot;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.device.CameraState;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SimulatedCameraCaptureTest {

    private final List<CameraHealth> healthChanges = new CopyOnWriteArrayList<>();
    private final SimulatedCameraCapture capture = new SimulatedCameraCapture(healthChanges::add,
            Clock.systemUTC(), camera -> "晋E12345");
    private final CameraSource camera = CameraSource.anonymous("cam-side", CameraPosition.SIDE,
            "rtsp://127.0.0.1:554/simulated");

    @Test
    void snapshotIsDecodableJpeg() throws Exception {
        CameraSnapshot snapshot = capture.snapshot(camera, Duration.ofSeconds(5));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(snapshot.jpeg()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(snapshot.width());
        assertThat(image.getHeight()).isEqualTo(snapshot.height());
        assertThat(healthChanges).singleElement()
                .satisfies(health -> assertThat(health.state()).isEqualTo(CameraState.ONLINE));
    }

    @Test
    void clipIsMp4OfRequestedLength() throws Exception {
        CameraClip clip = capture.clip(camera, Duration.ofSeconds(2), Duration.ofSeconds(10));

        assertThat(new String(clip.mp4(), 4, 4, StandardCharsets.US_ASCII)).isEqualTo("ftyp");
        assertThat(RtspCameraCaptureTest.videoLength(clip.mp4()))
                .isBetween(Duration.ofMillis(1800), Duration.ofMillis(2200));
    }
}

package cn.overloadcontrol.device.rtsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import cn.overloadcontrol.device.CameraCaptureException;
import cn.overloadcontrol.device.CameraHealth;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSnapshot;
import cn.overloadcontrol.device.CameraSource;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Logs in to a real RTSP server with Basic authentication and checks that no password leaks. */
@RequiresFfmpeg
class RtspCredentialsTest {

    private static final String USER = "admin";
    private static final String PASSWORD = "Pa55:w/rd@#1";
    private static final String WRONG_PASSWORD = "Wr0ng-Secret-9";

    private final List<CameraHealth> healthChanges = new CopyOnWriteArrayList<>();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private RtspCameraCapture capture;

    @BeforeEach
    void captureLogs() {
        logs.start();
        rootLogger().addAppender(logs);
        capture = new RtspCameraCapture(2, Duration.ofSeconds(3), healthChanges::add, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        capture.close();
        rootLogger().detachAppender(logs);
    }

    @Test
    void snapshotWithCredentialsSucceeds() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg", USER, PASSWORD)) {
            CameraSnapshot snapshot = capture.snapshot(source(server.url(), PASSWORD), Duration.ofSeconds(5));

            assertThat(snapshot.jpeg()).isNotEmpty();
        }
        assertNoSecretLogged(PASSWORD);
    }

    @Test
    void wrongPasswordFailsWithoutShowingIt() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg", USER, PASSWORD)) {
            CameraSource camera = source(server.url(), WRONG_PASSWORD);

            assertThatThrownBy(() -> capture.snapshot(camera, Duration.ofSeconds(5)))
                    .isInstanceOf(CameraCaptureException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(WRONG_PASSWORD)
                            .doesNotContain(RtspUrls.encode(WRONG_PASSWORD)))
                    .hasNoCause();
        }
        assertThat(healthChanges).singleElement()
                .satisfies(health -> assertThat(health.reason()).doesNotContain(WRONG_PASSWORD));
        assertNoSecretLogged(WRONG_PASSWORD);
    }

    @Test
    void unreachableCameraMessageHidesPassword() {
        CameraSource camera = source("rtsp://127.0.0.1:" + freePort() + "/cam", PASSWORD);

        assertThatThrownBy(() -> capture.snapshot(camera, Duration.ofSeconds(5)))
                .isInstanceOf(CameraCaptureException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD)
                        .doesNotContain(RtspUrls.encode(PASSWORD)));
        assertNoSecretLogged(PASSWORD);
    }

    @Test
    void sourceToStringHidesCredentials() {
        CameraSource camera = source("rtsp://127.0.0.1:554/cam", PASSWORD);

        assertThat(camera.toString()).doesNotContain(PASSWORD).doesNotContain(USER).contains("***");
    }

    @Test
    void sourceRejectsUserInfoInUrl() {
        assertThatThrownBy(() -> source("rtsp://admin:" + PASSWORD + "@127.0.0.1/cam", PASSWORD))
                .isInstanceOf(IllegalArgumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
    }

    @Test
    void maskHidesUserInfoAndPassword() {
        CameraSource camera = source("rtsp://127.0.0.1:554/cam", PASSWORD);
        String text = "Could not open input \"" + RtspUrls.withCredentials(camera) + "\" with " + PASSWORD;

        String masked = CredentialMask.mask(text, camera);

        assertThat(masked).isEqualTo("Could not open input \"rtsp://***@127.0.0.1:554/cam\" with ***");
    }

    private void assertNoSecretLogged(String secret) {
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(secret).doesNotContain(RtspUrls.encode(secret));
            for (IThrowableProxy thrown = event.getThrowableProxy(); thrown != null; thrown = thrown.getCause()) {
                assertThat(String.valueOf(thrown.getMessage())).doesNotContain(secret)
                        .doesNotContain(RtspUrls.encode(secret));
            }
        }
    }

    private static CameraSource source(String url, String password) {
        return new CameraSource("cam-rear", CameraPosition.REAR, url, USER, password);
    }

    private static int freePort() {
        try {
            return RtspTestServer.freePort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}

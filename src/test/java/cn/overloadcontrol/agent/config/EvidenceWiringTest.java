package cn.overloadcontrol.agent.config;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Properties;

import cn.overloadcontrol.agent.evidence.StationCameras;
import cn.overloadcontrol.agent.platform.CredentialStore;
import cn.overloadcontrol.agent.StationCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.StringUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Camera configuration: RTSP passwords only encrypted with the station key, ids unique, vendors known. */
class EvidenceWiringTest {

    private static final String PASSWORD = "Cam-Pa55:w/rd@1";

    @TempDir
    Path dataDir;

    private final EvidenceWiring wiring = new EvidenceWiring();

    @Test
    void encryptedPasswordIsDecrypted() {
        String sealed = cameraSecret(PASSWORD);

        StationCameras cameras = wiring.cameras(properties(List.of(rtsp("front", sealed)), List.of()),
                new CredentialStore(dataDir), Clock.systemUTC());

        assertThat(sealed).startsWith("enc:").doesNotContain(PASSWORD);
        StationCameras.RtspCamera camera = cameras.rtsp("front").orElseThrow();
        assertThat(camera.snapshot().password()).isEqualTo(PASSWORD);
        assertThat(camera.snapshot().toString()).doesNotContain(PASSWORD);
        assertThat(camera.clip().url()).isEqualTo("rtsp://127.0.0.1:8554/sub");
    }

    @Test
    void plainPasswordIsRejected() {
        assertThatThrownBy(() -> wiring.cameras(properties(List.of(rtsp("front", PASSWORD)), List.of()),
                new CredentialStore(dataDir), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("station.cameras.rtsp[0].password")
                .hasMessageContaining("camera-secret")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void plainPasswordFailsStartWithShortReport() throws IOException {
        Throwable rejected = catchThrowable(() -> wiring.cameras(
                properties(List.of(rtsp("front", PASSWORD)), List.of()), new CredentialStore(dataDir), Clock.systemUTC()));
        Throwable startFailure = new BeanCreationException("commandPoller", "dependency failed",
                new BeanCreationException("stationCameras", "factory method failed", rejected));

        FailureAnalysis analysis = new StationSettingFailureAnalyzer().analyze(startFailure);

        assertThat(analysis).as("failure analysis").isNotNull();
        assertThat(analysis.getDescription()).isEqualTo("摄像机密码 station.cameras.rtsp[0].password 未加密：请在本机运行"
                + " java -jar <jar> station camera-secret，把输出的 enc:... 值填到这里\n" + rejected.getMessage());
        assertThat(analysis.getDescription()).doesNotContain(PASSWORD);
        assertThat(registeredFailureAnalyzers()).contains(StationSettingFailureAnalyzer.class.getName());
    }

    @Test
    void otherStationKeyIsRejected() throws Exception {
        String sealed = cameraSecret(PASSWORD);
        Files.delete(dataDir.resolve("station.key"));

        assertThatThrownBy(() -> wiring.cameras(properties(List.of(rtsp("front", sealed)), List.of()),
                new CredentialStore(dataDir), Clock.systemUTC()))
                .hasMessageContaining("station.cameras.rtsp[0].password")
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void duplicateIdIsRejected() {
        assertThatThrownBy(() -> wiring.cameras(properties(List.of(rtsp("front", "")),
                List.of(new StationProperties.Plate("front", "HIKVISION", "192.168.1.64"))),
                new CredentialStore(dataDir), Clock.systemUTC()))
                .hasMessageContaining("station.cameras.plate[0].id \"front\"");
    }

    @Test
    void unknownVendorIsRejected() {
        assertThatThrownBy(() -> wiring.cameras(properties(List.of(),
                List.of(new StationProperties.Plate("plate-in", "ACME", "192.168.1.64"))),
                new CredentialStore(dataDir), Clock.systemUTC()))
                .hasMessageContaining("station.cameras.plate[0].vendor \"ACME\"");
    }

    /** Returns the FailureAnalyzer class names that the spring.factories files on the class path list. */
    private static List<String> registeredFailureAnalyzers() throws IOException {
        List<String> names = new ArrayList<>();
        Enumeration<URL> files = EvidenceWiringTest.class.getClassLoader().getResources("META-INF/spring.factories");
        while (files.hasMoreElements()) {
            Properties factories = PropertiesLoaderUtils.loadProperties(new UrlResource(files.nextElement()));
            String listed = factories.getProperty(FailureAnalyzer.class.getName(), "");
            names.addAll(StringUtils.commaDelimitedListToSet(listed).stream().map(String::strip).toList());
        }
        return names;
    }

    private String cameraSecret(String secret) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = StationCommand.cameraSecret(List.of("--data-dir=" + dataDir), secret,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(exit).isZero();
        return out.toString(StandardCharsets.UTF_8).strip();
    }

    private StationProperties properties(List<StationProperties.Rtsp> rtsp, List<StationProperties.Plate> plate) {
        return new StationProperties(dataDir, "OUTBOUND", null, Duration.ofSeconds(30),
                new StationProperties.Forward(100, Duration.ofSeconds(1), Duration.ofSeconds(60)),
                new StationProperties.Indicator("none", "/dev/ttyUSB0", 9600, "8N1", null, null, "yaohua-a9",
                        Duration.ofSeconds(5)),
                false, Duration.ofSeconds(3), List.of(),
                new StationProperties.LedTexts(new StationProperties.LedText(null, null),
                        new StationProperties.LedText(null, null), new StationProperties.LedText(null, null)),
                Duration.ofMinutes(30), new StationProperties.Cameras(Duration.ofSeconds(10), 3_670_016, Duration.ofSeconds(60),
                        Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(5), rtsp, plate));
    }

    private static StationProperties.Rtsp rtsp(String id, String password) {
        return new StationProperties.Rtsp(id, "FRONT", "rtsp://127.0.0.1:8554/main", "rtsp://127.0.0.1:8554/sub",
                "admin", password);
    }
}

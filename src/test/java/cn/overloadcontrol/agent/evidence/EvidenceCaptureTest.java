package cn.overloadcontrol.agent.evidence;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptures;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.device.CameraState;
import cn.overloadcontrol.device.PassageCameras;
import cn.overloadcontrol.device.rtsp.RtspTestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence of a passage from a real RTSP server on 127.0.0.1 and from a camera address that
 * accepts connections but never replies: the record is sealed within the capture deadline, with
 * the working camera's snapshot and clip as media and the silent camera as missing items.
 */
class EvidenceCaptureTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String USER = "admin";
    private static final String PASSWORD = "Cam-Secret:9/x@1";
    private static final Duration CLIP_LENGTH = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Clock clock = Clock.systemUTC();

    @BeforeEach
    void captureLogs() {
        logs.start();
        rootLogger().addAppender(logs);
    }

    @AfterEach
    void stopCapturingLogs() {
        rootLogger().detachAppender(logs);
    }

    @Test
    void silentCameraCostsMissingItemsOnly() throws Exception {
        try (RtspTestServer server = RtspTestServer.start("mjpeg", USER, PASSWORD);
             ServerSocket silent = new ServerSocket(0, 5, InetAddress.getLoopbackAddress())) {
            acceptAndStaySilent(silent);
            StationCameras cameras = new StationCameras(List.of(
                    camera("front", CameraPosition.FRONT, server.url(), USER, PASSWORD),
                    camera("side", CameraPosition.SIDE, "rtsp://127.0.0.1:" + silent.getLocalPort() + "/cam", "", "")),
                    List.of(), Duration.ofMinutes(5), clock);
            Journal journal = Journal.open(folder, clock);
            MediaStore media = new MediaStore(folder);
            try (CameraCapture capture = CameraCaptures.rtsp(5, cameras);
                 PassageCameras passageCameras = new PassageCameras(capture, CLIP_LENGTH);
                 EvidenceCapture evidence = new EvidenceCapture(journal, media, cameras, passageCameras, 3_670_016,
                         () -> { })) {
                RecordSealer sealer = new RecordSealer(journal, new PlateReads(journal, media, Duration.ofSeconds(60),
                        Duration.ofSeconds(10)), evidence, cameras, EvidenceCapture.settleDeadline(CLIP_LENGTH),
                        Duration.ZERO, clock);
                PassageDesk desk = new PassageDesk(journal, DeliveryCursor.open(folder), () -> { }, "OUTBOUND", null);

                Instant stableAt = clock.instant();
                long passage = desk.recordPassage(facts(stableAt));
                evidence.passageRecorded(passage, stableAt);
                desk.complete(passage, new OperatorInput("晋E12345", "2", 6, null, null, null, "RELEASE", "测试"));
                JournalEntry record = only(journal, EntryType.RECORD);

                assertThat(sealer.requestFor(record)).as("sealed before the capture finished").isEmpty();
                JsonNode request = awaitSealed(sealer, record, EvidenceCapture.settleDeadline(CLIP_LENGTH));
                Duration elapsed = Duration.between(stableAt, clock.instant());

                assertThat(elapsed).isLessThan(CLIP_LENGTH.plus(PassageCameras.SNAPSHOT_DEADLINE).plusSeconds(3));
                assertThat(request.path("evidence").path("cameras").asInt()).isEqualTo(2);
                JsonNode missing = request.path("evidence").path("missing");
                assertThat(missing).hasSize(2);
                for (JsonNode item : missing) {
                    assertThat(item.path("cameraId").asString()).isEqualTo("side");
                    assertThat(item.path("position").asString()).isEqualTo("SIDE");
                    assertThat(item.path("reason").asString()).contains("超时");
                }
                assertThat(missing.findValuesAsString("kind")).containsExactlyInAnyOrder("SNAPSHOT", "CLIP");

                JsonNode files = only(journal, EntryType.SEALED).data().path("media");
                assertThat(files.findValuesAsString("kind")).containsExactlyInAnyOrder("FRONT", "CLIP");
                for (JsonNode file : files) {
                    Optional<byte[]> bytes = media.read(file.path("sha256").asString());
                    assertThat(bytes).as("stored file " + file).isPresent();
                    assertThat(MediaStore.sha256(bytes.get())).isEqualTo(file.path("sha256").asString());
                }
                byte[] clip = media.read(files.findParents("kind").stream()
                        .filter(file -> file.path("kind").asString().equals("CLIP"))
                        .findFirst().orElseThrow().path("sha256").asString()).orElseThrow();
                assertThat(new String(Arrays.copyOfRange(clip, 4, 8), StandardCharsets.US_ASCII)).isEqualTo("ftyp");
                assertThat(clip.length).isLessThan(3_670_016);

                assertThat(cameras.health("side").orElseThrow().state()).isEqualTo(CameraState.OFFLINE);
                assertThat(cameras.health("front").orElseThrow().state()).isEqualTo(CameraState.ONLINE);
                assertThat(sealer.requestFor(record).orElseThrow()).as("a resend is the same request").isEqualTo(request);
            }
            assertThat(logs.list).extracting(ILoggingEvent::getFormattedMessage)
                    .noneMatch(message -> message.contains(PASSWORD));
            assertThat(Files.readString(folder.resolve("journal.log"))).doesNotContain(PASSWORD);
        }
    }

    static StationCameras.RtspCamera camera(String id, CameraPosition position, String url, String user,
            String password) {
        CameraSource source = new CameraSource(id, position, url, user, password);
        return new StationCameras.RtspCamera(source, source);
    }

    static PassageFacts facts(Instant stableAt) {
        return new PassageFacts(UUID.randomUUID(), stableAt.minusSeconds(20), stableAt, null,
                new BigDecimal("31200"), false, null, JSON.createArrayNode(), JSON.createArrayNode());
    }

    static JournalEntry only(Journal journal, EntryType type) {
        List<JournalEntry> found = journal.entries().stream().filter(entry -> entry.type() == type).toList();
        assertThat(found).as(type + " entries").hasSize(1);
        return found.get(0);
    }

    static JsonNode awaitSealed(RecordSealer sealer, JournalEntry record, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.plusSeconds(2).toNanos();
        while (System.nanoTime() < end) {
            Optional<JsonNode> request = sealer.requestFor(record);
            if (request.isPresent()) {
                return request.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("record " + record.sequence() + " not sealed within " + limit);
    }

    private static void acceptAndStaySilent(ServerSocket server) {
        Thread thread = new Thread(() -> {
            List<Socket> open = new CopyOnWriteArrayList<>();
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    open.add(server.accept());
                }
            } catch (IOException closed) {
                // The test closed the listener.
            }
        }, "silent-camera");
        thread.setDaemon(true);
        thread.start();
    }

    private static Logger rootLogger() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}

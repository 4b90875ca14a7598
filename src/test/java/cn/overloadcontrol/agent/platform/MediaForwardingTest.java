package cn.overloadcontrol.agent.platform;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.evidence.EvidenceCapture;
import cn.overloadcontrol.agent.evidence.MediaStore;
import cn.overloadcontrol.agent.evidence.PlateReads;
import cn.overloadcontrol.agent.evidence.RecordSealer;
import cn.overloadcontrol.agent.evidence.StationCameras;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptures;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.device.CameraVendor;
import cn.overloadcontrol.device.PassageCameras;
import cn.overloadcontrol.device.PlateEvent;
import cn.overloadcontrol.device.PlatePicture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records with camera evidence through store and forward to a platform stand-in on 127.0.0.1:
 * each record goes out once its evidence is settled, with plate read and evidence, and then its
 * files, each stored exactly once even when the link drops after the platform stored a file.
 */
class MediaForwardingTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ForwarderSettings FAST_RETRIES = new ForwarderSettings(50, Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ofMillis(50));
    private static final Duration CLIP_LENGTH = Duration.ofSeconds(1);

    @TempDir
    Path folder;

    private final Clock clock = Clock.systemUTC();
    private final List<AutoCloseable> open = new ArrayList<>();
    private FakePlatform platform;
    private Journal journal;
    private DeliveryCursor cursor;
    private CredentialStore credentials;
    private MediaStore media;
    private StationCameras cameras;
    private PlateReads plates;
    private EvidenceCapture evidence;
    private PassageDesk desk;

    @BeforeEach
    void station() throws Exception {
        platform = FakePlatform.start(0);
        journal = Journal.open(folder, clock);
        cursor = DeliveryCursor.open(folder);
        credentials = new CredentialStore(folder);
        credentials.save(new PlatformCredential(platform.url(), "ak-test", "secret", "S-TEST", Instant.now()));
        media = new MediaStore(folder);
        cameras = new StationCameras(List.of(simulated("front", CameraPosition.FRONT),
                simulated("cargo", CameraPosition.CARGO)),
                List.of(new StationCameras.PlateCamera("plate-in", "HIKVISION", "127.0.0.1")),
                Duration.ofMinutes(5), clock);
        CameraCapture capture = CameraCaptures.simulated(cameras, source -> "晋E12345");
        PassageCameras passageCameras = new PassageCameras(capture, CLIP_LENGTH);
        evidence = new EvidenceCapture(journal, media, cameras, passageCameras, 3_670_016, () -> { });
        plates = new PlateReads(journal, media, Duration.ofSeconds(60), Duration.ofSeconds(10));
        desk = new PassageDesk(journal, cursor, () -> { }, "OUTBOUND", null);
        open.addAll(List.of(evidence, passageCameras, capture));
    }

    @AfterEach
    void stop() throws Exception {
        for (int index = open.size() - 1; index >= 0; index--) {
            open.get(index).close();
        }
        platform.close();
        journal.close();
    }

    @Test
    void filesArriveOnceDespiteDroppedLink() throws Exception {
        platform.dropMediaAfterStoring(request -> request == 2 || request == 5);
        RecordSealer sealer = new RecordSealer(journal, plates, evidence, cameras,
                EvidenceCapture.settleDeadline(CLIP_LENGTH), Duration.ZERO, clock);
        Forwarder forwarder = new Forwarder(journal, cursor, credentials, new PlatformClient(clock), FAST_RETRIES,
                clock, sealer);
        MediaForwarder mediaForwarder = new MediaForwarder(journal, cursor, credentials, new PlatformClient(clock),
                media::read, FAST_RETRIES);
        open.add(forwarder);
        open.add(mediaForwarder);
        forwarder.start();
        mediaForwarder.start();

        weigh("晋E10001", clock.instant().minusSeconds(40));
        weigh("晋E10002", clock.instant());

        await(() -> platform.created().size() == 2 && mediaForwarder.pending().isEmpty()
                && journal.count(0, entry -> entry.type() == EntryType.MEDIA_SENT) == 10, Duration.ofSeconds(40));

        List<JournalEntry> sealed = entries(EntryType.SEALED);
        List<String> expected = new ArrayList<>();
        for (JournalEntry entry : sealed) {
            for (JsonNode file : entry.data().path("media")) {
                expected.add(entry.text("recordNumber") + "/" + file.path("kind").asString() + "/"
                        + file.path("sha256").asString());
            }
        }
        assertThat(expected).as("plate picture, two snapshots and two clips per record").hasSize(10);
        assertThat(platform.storedMedia()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(entries(EntryType.MEDIA_SENT)).extracting(entry -> entry.text("outcome")).containsOnly("DELIVERED");
        assertThat(platform.mediaRequests()).as("two dropped replies resent once each").isEqualTo(12);

        JsonNode record = platform.createdRecords().get(0);
        assertThat(record.path("plateRead").path("source").asString()).isEqualTo("CAMERA");
        assertThat(record.path("plateRead").path("rawPlate").asString()).isEqualTo("晋E10001");
        assertThat(record.path("evidence").path("cameras").asInt()).isEqualTo(2);
        assertThat(record.path("evidence").path("missing")).isEmpty();
        assertThat(record.toString()).as("the request as sealed").isEqualTo(sealed.get(0).data().get("request").toString());

        mediaForwarder.close();
        int requestsBefore = platform.mediaRequests();
        MediaForwarder restarted = new MediaForwarder(journal, cursor, credentials, new PlatformClient(clock),
                media::read, FAST_RETRIES);
        restarted.sendPending();
        assertThat(platform.mediaRequests()).as("nothing left to send after a restart").isEqualTo(requestsBefore);
    }

    @Test
    void damagedFileIsNotSent() throws Exception {
        RecordSealer sealer = new RecordSealer(journal, plates, evidence, cameras,
                EvidenceCapture.settleDeadline(CLIP_LENGTH), Duration.ZERO, clock);
        Forwarder forwarder = new Forwarder(journal, cursor, credentials, new PlatformClient(clock), FAST_RETRIES,
                clock, sealer);
        open.add(forwarder);
        forwarder.start();
        weigh("晋E10003", clock.instant());
        await(() -> platform.created().size() == 1 && forwarder.backlog() == 0, Duration.ofSeconds(30));
        JsonNode clip = entries(EntryType.SEALED).get(0).data().path("media").findParents("kind").stream()
                .filter(file -> file.path("kind").asString().equals("CLIP")).findFirst().orElseThrow();
        String sha256 = clip.path("sha256").asString();
        Path file = folder.resolve("media").resolve(sha256.substring(0, 2)).resolve(sha256);
        Files.write(file, new byte[] {1, 2, 3});

        MediaForwarder mediaForwarder = new MediaForwarder(journal, cursor, credentials, new PlatformClient(clock),
                media::read, FAST_RETRIES);
        mediaForwarder.sendPending();

        assertThat(platform.storedMedia()).hasSize(4).noneMatch(key -> key.endsWith(sha256));
        assertThat(entries(EntryType.MEDIA_SENT)).filteredOn(entry -> sha256.equals(entry.text("sha256")))
                .singleElement().satisfies(entry -> assertThat(entry.text("outcome")).isEqualTo("DAMAGED"));
        assertThat(mediaForwarder.pending()).isEmpty();
        assertThat(mediaForwarder.progress().values()).singleElement()
                .satisfies(progress -> {
                    assertThat(progress.sent()).isEqualTo(4);
                    assertThat(progress.failed()).isEqualTo(1);
                    assertThat(progress.pending()).isZero();
                });
    }

    /** Journals a truck of {@code plate}: its plate read, the passage at stable with capture, and its record. */
    private void weigh(String plate, Instant stableAt) {
        plates.accept("plate-in", "HIKVISION", new PlateEvent(CameraVendor.HIKVISION, "127.0.0.1",
                UUID.randomUUID().toString(), stableAt.minusSeconds(2), PlateNumber.of(plate), plate, PlateColor.YELLOW,
                "yellow", 96, "forward", List.of(new PlatePicture("detectionPicture.jpg", "image/jpeg",
                        ("plate " + plate).getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        long passage = desk.recordPassage(new PassageFacts(UUID.randomUUID(), stableAt.minusSeconds(20), stableAt,
                null, new BigDecimal("31200"), false, null, JSON.createArrayNode(), JSON.createArrayNode()));
        evidence.passageRecorded(passage, stableAt);
        desk.complete(passage, new OperatorInput(plate, "2", 6, null, null, null, "RELEASE", "测试"));
    }

    private List<JournalEntry> entries(EntryType type) {
        return journal.entries().stream().filter(entry -> entry.type() == type).toList();
    }

    private static StationCameras.RtspCamera simulated(String id, CameraPosition position) {
        CameraSource source = CameraSource.anonymous(id, position, "rtsp://127.0.0.1/simulated/" + id);
        return new StationCameras.RtspCamera(source, source);
    }

    private static void await(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within " + limit);
            }
            Thread.sleep(50);
        }
    }
}

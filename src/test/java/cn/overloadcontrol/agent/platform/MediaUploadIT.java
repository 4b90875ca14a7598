package cn.overloadcontrol.agent.platform;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import cn.overloadcontrol.OverloadControlApplication;
import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.evidence.MediaStore;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.device.CameraCapture;
import cn.overloadcontrol.device.CameraCaptures;
import cn.overloadcontrol.device.CameraPosition;
import cn.overloadcontrol.device.CameraSource;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The media forwarder against the real platform on a random port: the signature over the path
 * without the query string is accepted, and a plate picture and a clip of a delivered record are
 * stored once, however often the forwarder runs. The record carries no plateRead or evidence
 * fields here, because the platform accepts them only with its camera support.
 */
// The platform's configuration, named because the search from this package would find the station's.
@SpringBootTest(classes = OverloadControlApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MediaUploadIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ForwarderSettings SETTINGS = new ForwarderSettings(100, Duration.ofMillis(100),
            Duration.ofSeconds(1), Duration.ofMillis(100));

    @LocalServerPort
    int platformPort;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path folder;

    @Test
    void uploadsAreStoredOnce() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        Clock clock = Clock.systemUTC();
        CredentialStore credentials = new CredentialStore(folder);
        credentials.save(new PlatformCredential("http://127.0.0.1:" + platformPort, station.keyId(), station.secret(),
                "S", Instant.now()));
        MediaStore media = new MediaStore(folder);
        try (Journal journal = Journal.open(folder, clock)) {
            DeliveryCursor cursor = DeliveryCursor.open(folder);
            String recordNumber = recordPassage(new PassageDesk(journal, cursor, () -> { }, "OUTBOUND", 1));
            JournalEntry record = journal.entries().stream().filter(entry -> entry.type() == EntryType.RECORD)
                    .findFirst().orElseThrow();
            seal(journal, record, recordNumber, media.put(jpeg()), media.put(clip()));

            try (Forwarder forwarder = new Forwarder(journal, cursor, credentials, new PlatformClient(clock), SETTINGS,
                    clock)) {
                forwarder.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> forwarder.backlog() == 0);
            }
            MediaForwarder uploads = new MediaForwarder(journal, cursor, credentials, new PlatformClient(clock),
                    media::read, SETTINGS);
            uploads.sendPending();
            uploads.sendPending();

            List<JournalEntry> sent = journal.entries().stream()
                    .filter(entry -> entry.type() == EntryType.MEDIA_SENT).toList();
            assertThat(sent).extracting(entry -> entry.text("outcome") + " " + entry.text("kind"))
                    .containsExactlyInAnyOrder("DELIVERED FRONT_PLATE", "DELIVERED CLIP");
            assertThat(sent).extracting(entry -> entry.data().path("status").asInt()).containsOnly(201);
            assertThat(uploads.pending()).isEmpty();
            assertThat(jdbc.queryForList("""
                    select m.kind from weighing_media m join weighing_record_key k on k.record_id = m.record_id
                     where k.station_id = ?
                    """, String.class, station.stationId())).containsExactlyInAnyOrder("FRONT_PLATE", "CLIP");
        }
    }

    private static String recordPassage(PassageDesk desk) {
        Instant stable = Instant.now().minusSeconds(60);
        long sequence = desk.recordPassage(new PassageFacts(UUID.randomUUID(), stable.minusSeconds(10), stable,
                stable.plusSeconds(20), new BigDecimal("31200"), false, null, JSON.createArrayNode(),
                JSON.createArrayNode()));
        return desk.complete(sequence, new OperatorInput("晋E20001", "2", 6, "ARTICULATED", "煤", null, "RELEASE",
                "测试"));
    }

    /** Seals the record as journaled, with two media files, as the record sealer does. */
    private static void seal(Journal journal, JournalEntry record, String recordNumber, String plateSha256,
            String clipSha256) {
        journal.append(EntryType.SEALED, sequence -> {
            ObjectNode data = JSON.createObjectNode();
            data.put("recordSequence", record.sequence());
            data.put("recordNumber", recordNumber);
            data.set("request", record.data().get("request"));
            ArrayNode files = data.putArray("media");
            files.addObject().put("kind", "FRONT_PLATE").put("cameraId", "plate-in").put("sha256", plateSha256);
            files.addObject().put("kind", "CLIP").put("cameraId", "front").put("sha256", clipSha256);
            return data;
        });
    }

    private static byte[] jpeg() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB), "jpeg", bytes);
        return bytes.toByteArray();
    }

    private static byte[] clip() throws Exception {
        try (CameraCapture capture = CameraCaptures.simulated(health -> { }, source -> "晋E20001")) {
            return capture.clip(CameraSource.anonymous("front", CameraPosition.FRONT, "rtsp://127.0.0.1/simulated"),
                    Duration.ofSeconds(1), Duration.ofSeconds(10)).mp4();
        }
    }
}

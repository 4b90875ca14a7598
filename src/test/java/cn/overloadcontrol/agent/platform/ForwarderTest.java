package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The forwarder against a loopback stand-in of the platform: order, outages, retries, rejections. */
class ForwarderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ForwarderSettings FAST_RETRIES = new ForwarderSettings(50, Duration.ofMillis(20),
            Duration.ofMillis(200), Duration.ofMillis(50));

    @TempDir
    Path folder;

    Journal journal;
    DeliveryCursor cursor;
    CredentialStore credentials;
    PassageDesk desk;
    Forwarder forwarder;
    FakePlatform platform;

    @BeforeEach
    void openJournal() {
        journal = Journal.open(folder, Clock.systemUTC());
        cursor = DeliveryCursor.open(folder);
        credentials = new CredentialStore(folder);
    }

    @AfterEach
    void stop() {
        if (forwarder != null) {
            forwarder.close();
        }
        if (platform != null) {
            platform.close();
        }
        journal.close();
    }

    @Test
    void recordsRecordedDuringOutageArriveOnceInOrder() throws IOException {
        int port = freePort();
        pairWith("http://127.0.0.1:" + port);
        startForwarder();
        List<String> numbers = recordPassages(1000);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5))
                .until(() -> forwarder.status().lastError() != null);

        platform = FakePlatform.start(port);

        await().atMost(Duration.ofSeconds(60)).until(() -> forwarder.backlog() == 0);
        assertThat(platform.created()).containsExactlyElementsOf(numbers);
        assertThat(cursor.value()).isEqualTo(journal.lastSequence());
        assertThat(forwarder.status().lastError()).isNull();
    }

    @Test
    void serverErrorsAndRateLimitsAreRetried() throws IOException {
        platform = FakePlatform.start(0);
        platform.failWith(request -> switch (request) {
            case 1 -> Integer.valueOf(500);
            case 2 -> Integer.valueOf(429);
            case 3 -> Integer.valueOf(401);
            default -> null;
        });
        pairWith(platform.url());
        List<String> numbers = recordPassages(3);

        startForwarder();

        await().atMost(Duration.ofSeconds(10)).until(() -> forwarder.backlog() == 0);
        assertThat(platform.created()).containsExactlyElementsOf(numbers);
        assertThat(platform.requests()).isEqualTo(4);
    }

    @Test
    void rejectedRecordIsKeptAndNotResent() throws IOException {
        platform = FakePlatform.start(0);
        pairWith(platform.url());
        List<String> numbers = recordPassages(3);
        platform.reject(Set.of(numbers.get(1)));

        startForwarder();

        await().atMost(Duration.ofSeconds(10)).until(() -> forwarder.backlog() == 0);
        assertThat(platform.created()).containsExactly(numbers.get(0), numbers.get(2));
        assertThat(journal.entries()).filteredOn(entry -> entry.type() == EntryType.REJECTED)
                .singleElement()
                .satisfies(entry -> assertThat(entry.text("recordNumber")).isEqualTo(numbers.get(1)));
        assertThat(forwarder.status().rejected()).isEqualTo(1);
        assertThat(desk.recent(10)).filteredOn(line -> line.state().equals("REJECTED")).hasSize(1);
    }

    @Test
    void recordCarriesCurveAndFrames() throws IOException {
        platform = FakePlatform.start(0);
        pairWith(platform.url());
        startForwarder();
        Instant start = Instant.parse("2026-12-04T02:00:00Z");
        ArrayNode curve = JSON.createArrayNode();
        curve.addObject().put("at", start.plusMillis(100).toString()).put("kg", new BigDecimal("-20"));
        curve.addObject().put("at", start.plusMillis(600).toString()).put("kg", new BigDecimal("30120.5"));
        curve.addObject().put("at", start.plusMillis(1100).toString()).put("kg", new BigDecimal("30120"))
                .put("stable", true);
        ArrayNode frames = JSON.createArrayNode();
        frames.addObject().put("at", start.toString()).put("hex", "02 2B 30 03");
        frames.addObject().put("at", start.plusMillis(1100).toString()).put("hex", "02 2B 31 03");
        frames.addObject().put("at", start.plusMillis(1200).toString()).put("hex", "FF ".repeat(65).strip());

        long sequence = desk.recordPassage(new PassageFacts(UUID.randomUUID(), start, start.plusMillis(1100), null,
                new BigDecimal("30120"), false, null, curve, frames));
        String number = desk.complete(sequence, new OperatorInput("晋E20001", "2", 6, "ARTICULATED", "煤", null,
                "RELEASE", "测试"));

        await().atMost(Duration.ofSeconds(10)).until(() -> forwarder.backlog() == 0);
        JsonNode sent = platform.createdRecords().get(0);
        assertThat(sent.path("recordNumber").asString()).isEqualTo(number);
        JsonNode points = sent.path("weightCurve").path("points");
        assertThat(points).hasSize(3);
        // Times count from the first frame, 100 ms before the first reading.
        assertThat(points.get(0).path("t").asInt()).isEqualTo(100);
        assertThat(points.get(0).path("kg").asInt()).isZero();
        assertThat(points.get(0).has("stable")).isFalse();
        assertThat(points.get(1).path("kg").asInt()).isEqualTo(30_121);
        assertThat(points.get(2).path("t").asInt()).isEqualTo(1100);
        assertThat(points.get(2).path("stable").asBoolean()).isTrue();
        JsonNode sentFrames = sent.path("weightCurve").path("frames");
        assertThat(sentFrames).hasSize(2);
        assertThat(sentFrames.get(1).path("t").asInt()).isEqualTo(1100);
        assertThat(sentFrames.get(1).path("hex").asString()).isEqualTo("02 2B 31 03");
    }

    @Test
    void recordWithoutCurveHasNoCurveField() throws IOException {
        platform = FakePlatform.start(0);
        pairWith(platform.url());
        startForwarder();

        recordPassages(1);

        await().atMost(Duration.ofSeconds(10)).until(() -> forwarder.backlog() == 0);
        assertThat(platform.createdRecords().get(0).has("weightCurve")).isFalse();
    }

    @Test
    void unpairedStationKeepsRecords() {
        List<String> numbers = recordPassages(2);

        startForwarder();

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> forwarder.backlog() == 2);
        assertThat(numbers).hasSize(2);
        assertThat(forwarder.status().paired()).isFalse();
    }

    private void startForwarder() {
        forwarder = new Forwarder(journal, cursor, credentials, new PlatformClient(Clock.systemUTC()), FAST_RETRIES,
                Clock.systemUTC());
        desk = new PassageDesk(journal, cursor, forwarder::wake, "OUTBOUND", null);
        forwarder.start();
    }

    private void pairWith(String url) {
        credentials.save(new PlatformCredential(url, "ak-test", "secret", "S-TEST", Instant.now()));
    }

    private List<String> recordPassages(int count) {
        PassageDesk recorder = desk != null ? desk : new PassageDesk(journal, cursor, () -> { }, "OUTBOUND", null);
        List<String> numbers = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            Instant stable = Instant.now();
            long sequence = recorder.recordPassage(new PassageFacts(UUID.randomUUID(), stable.minusSeconds(10),
                    stable, null, BigDecimal.valueOf(30_000 + index), false, null, JSON.createArrayNode(),
                    JSON.createArrayNode()));
            numbers.add(recorder.complete(sequence, new OperatorInput("晋E" + (10_000 + index), "2", 6,
                    "ARTICULATED", "煤", null, "RELEASE", "测试")));
        }
        if (forwarder != null) {
            forwarder.wake();
        }
        return numbers;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

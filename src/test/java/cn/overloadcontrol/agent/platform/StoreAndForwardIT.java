package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.OverloadControlApplication;
import cn.overloadcontrol.agent.config.StationMonitor;
import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorLinkState;
import cn.overloadcontrol.device.RejectionReason;
import cn.overloadcontrol.station.pairing.PairingService;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The station against the real platform on a random port. Records journaled while the platform
 * is unreachable, and records of a forwarder killed with SIGKILL in the middle of sending, all
 * arrive in weighing_record exactly once. A station paired with a code sends heartbeats.
 */
// The platform's configuration, named because the search from this package would find the station's.
@SpringBootTest(classes = OverloadControlApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StoreAndForwardIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int platformPort;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PairingService pairing;

    @TempDir
    Path folder;

    @Test
    void outageOfThousandPassagesArrivesOnce() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        int outagePort = ForwarderTest.freePort();
        Journal journal = Journal.open(folder, Clock.systemUTC());
        DeliveryCursor cursor = DeliveryCursor.open(folder);
        CredentialStore credentials = new CredentialStore(folder);
        credentials.save(new PlatformCredential("http://127.0.0.1:" + outagePort, station.keyId(), station.secret(),
                "S", Instant.now()));
        ForwarderSettings settings = new ForwarderSettings(100, Duration.ofMillis(100), Duration.ofSeconds(1),
                Duration.ofMillis(100));
        try (Forwarder forwarder = new Forwarder(journal, cursor, credentials, new PlatformClient(Clock.systemUTC()),
                settings, Clock.systemUTC())) {
            forwarder.start();
            PassageDesk desk = new PassageDesk(journal, cursor, forwarder::wake, "OUTBOUND", 1);

            List<String> numbers = recordPassages(desk, 1000);
            await().atMost(Duration.ofSeconds(10)).until(() -> forwarder.status().lastError() != null);
            assertThat(storedCount(station.stationId())).isZero();

            try (TcpRelay relay = TcpRelay.start(outagePort, platformPort)) {
                await().atMost(Duration.ofMinutes(3)).until(() -> forwarder.backlog() == 0);
                assertThat(relay.connections()).isPositive();
            }

            assertThat(storedCount(station.stationId())).isEqualTo(1000);
            assertThat(jdbc.queryForObject("""
                    select count(*) from weighing_record_curve c join weighing_record_key k on k.record_id = c.record_id
                     where k.station_id = ?
                    """, Integer.class, station.stationId())).isEqualTo(1000);
            assertThat(jdbc.queryForList("select record_number from weighing_record where station_id = ?",
                    String.class, station.stationId())).containsExactlyInAnyOrderElementsOf(numbers);
            assertThat(forwarder.status().rejected()).isZero();
        } finally {
            journal.close();
        }
    }

    @Test
    void killedForwarderLosesAndDuplicatesNothing() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        int total = 300;
        long lastSequence;
        try (Journal journal = Journal.open(folder, Clock.systemUTC())) {
            DeliveryCursor cursor = DeliveryCursor.open(folder);
            recordPassages(new PassageDesk(journal, cursor, () -> { }, "OUTBOUND", 1), total);
            lastSequence = journal.lastSequence();
        }
        new CredentialStore(folder).save(new PlatformCredential("http://127.0.0.1:" + platformPort, station.keyId(),
                station.secret(), "S", Instant.now()));

        Process first = startChild();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(5))
                .until(() -> storedCount(station.stationId()) >= total / 3);
        first.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        long storedAtKill = storedCount(station.stationId());
        assertThat(storedAtKill).isBetween((long) total / 3, total - 1L);

        Process second = startChild();
        try {
            await().atMost(Duration.ofSeconds(90)).until(() -> cursorValue() == lastSequence);
        } finally {
            second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        assertThat(storedCount(station.stationId())).isEqualTo(total);
        assertThat(jdbc.queryForObject(
                "select count(distinct record_number) from weighing_record where station_id = ?", Long.class,
                station.stationId())).isEqualTo(total);
    }

    @Test
    void pairedStationSendsHeartbeat() throws Exception {
        long stationId = data.createStation(data.createUnit(data.areas().get(0).id()));
        String code = data.asOffice(() -> pairing.create(stationId)).code();
        CredentialStore credentials = new CredentialStore(folder);
        PlatformClient client = new PlatformClient(Clock.systemUTC());

        PlatformCredential credential = new PairingClient(client, credentials, Clock.systemUTC())
                .pair("http://127.0.0.1:" + platformPort + "/", code);

        assertThat(credential.platformUrl()).isEqualTo("http://127.0.0.1:" + platformPort);
        assertThat(new CredentialStore(folder).load()).contains(credential);
        try (Journal journal = Journal.open(folder, Clock.systemUTC())) {
            Forwarder forwarder = new Forwarder(journal, DeliveryCursor.open(folder), credentials, client,
                    ForwarderSettings.defaults(), Clock.systemUTC());
            StationMonitor monitor = new StationMonitor();
            Instant now = Instant.now();
            monitor.onHealth(new IndicatorHealth("/dev/ttyUSB0", IndicatorLinkState.ONLINE, "valid frames arrive",
                    now, now, new FramerCounters(120, Map.of(RejectionReason.values()[0], 2L), 0, 0)));
            monitor.onCycle("STABLE", new BigDecimal("49280"));

            List<HeartbeatContributor> contributors = List.of(new DailyCountContributor(journal, Clock.systemUTC()));
            assertThat(new HeartbeatSender(client, credentials, monitor, forwarder, Clock.systemUTC(), contributors)
                    .send()).isTrue();
        }

        Map<String, Object> heartbeat = jdbc.queryForMap("""
                select indicator_state, live_weight_kg, cycle_state, bad_frames, backlog
                from station_heartbeat where station_id = ?""", stationId);
        assertThat(heartbeat.get("indicator_state")).isEqualTo("ONLINE");
        assertThat(heartbeat.get("live_weight_kg")).isEqualTo(49280);
        assertThat(heartbeat.get("cycle_state")).isEqualTo("STABLE");
        assertThat(heartbeat.get("bad_frames")).isEqualTo(2L);
        assertThat(heartbeat.get("backlog")).isEqualTo(0);
        assertThat(jdbc.queryForObject("select count(*) from station_daily_count where station_id = ?", Long.class,
                stationId)).as("days of the station's daily counts").isEqualTo(8);
    }

    private long storedCount(long stationId) {
        return jdbc.queryForObject("select count(*) from weighing_record where station_id = ?", Long.class,
                stationId);
    }

    private long cursorValue() throws IOException {
        Path file = folder.resolve("delivered.cursor");
        return Files.exists(file) ? Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()) : 0;
    }

    private Process startChild() throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                ForwarderChild.class.getName(), folder.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        folder.resolveSibling(folder.getFileName() + "-child.log").toFile()))
                .start();
    }

    private static List<String> recordPassages(PassageDesk desk, int count) {
        List<String> numbers = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            Instant stable = Instant.now().minusSeconds(60);
            long sequence = desk.recordPassage(new PassageFacts(UUID.randomUUID(), stable.minusSeconds(10), stable,
                    stable.plusSeconds(20), BigDecimal.valueOf(30_000 + index), false, null, curve(stable),
                    frames(stable)));
            numbers.add(desk.complete(sequence, new OperatorInput("晋E" + (10_000 + index), "2", 6, "ARTICULATED",
                    "煤", null, "RELEASE", "测试")));
        }
        return numbers;
    }

    /** Returns a short curve ending in the stable reading, as the journal keeps it. */
    private static ArrayNode curve(Instant stable) {
        ArrayNode curve = JSON.createArrayNode();
        curve.addObject().put("at", stable.minusMillis(1000).toString()).put("kg", new BigDecimal("-10.4"));
        curve.addObject().put("at", stable.minusMillis(500).toString()).put("kg", new BigDecimal("29990.5"));
        curve.addObject().put("at", stable.toString()).put("kg", new BigDecimal("30000")).put("stable", true);
        return curve;
    }

    private static ArrayNode frames(Instant stable) {
        ArrayNode frames = JSON.createArrayNode();
        frames.addObject().put("at", stable.toString()).put("hex", "02 2B 30 33 30 30 30 30 03");
        return frames;
    }

    /** Relays TCP connections from a loopback port to the platform: the network coming back. */
    private static final class TcpRelay implements AutoCloseable {

        private final ServerSocket server;
        private final List<Socket> sockets = new ArrayList<>();
        private volatile int connections;

        private TcpRelay(ServerSocket server, int targetPort) {
            this.server = server;
            Thread acceptor = new Thread(() -> accept(targetPort), "tcp-relay");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        static TcpRelay start(int listenPort, int targetPort) throws IOException {
            return new TcpRelay(new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress()), targetPort);
        }

        int connections() {
            return connections;
        }

        private void accept(int targetPort) {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    Socket target = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                    synchronized (sockets) {
                        sockets.add(client);
                        sockets.add(target);
                    }
                    connections++;
                    pipe(client, target);
                    pipe(target, client);
                } catch (IOException e) {
                    return;
                }
            }
        }

        private static void pipe(Socket from, Socket to) {
            Thread thread = new Thread(() -> {
                try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                    in.transferTo(out);
                } catch (IOException e) {
                    // The other side closed; the relay of this connection ends.
                }
            }, "tcp-relay-pipe");
            thread.setDaemon(true);
            thread.start();
        }

        @Override
        public void close() throws IOException {
            server.close();
            synchronized (sockets) {
                for (Socket socket : sockets) {
                    socket.close();
                }
            }
        }
    }
}

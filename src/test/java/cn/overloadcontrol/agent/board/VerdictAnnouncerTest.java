package cn.overloadcontrol.agent.board;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.device.LedCardSimulator;
import cn.overloadcontrol.device.LedDisplays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The verdict shown on the boards when a record is journaled, against an emulated Onbon card, a
 * card that accepts the connection and never replies, and a closed port, all on 127.0.0.1.
 */
class VerdictAnnouncerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration REPLY_TIMEOUT = Duration.ofMillis(300);

    @TempDir
    Path folder;

    Journal journal;
    PassageDesk desk;
    Boards boards;
    VerdictAnnouncer announcer;
    final List<AutoCloseable> closeLater = new ArrayList<>();

    @BeforeEach
    void openJournal() {
        journal = Journal.open(folder, Clock.systemUTC());
        desk = new PassageDesk(journal, DeliveryCursor.open(folder), () -> { }, "OUTBOUND", null);
    }

    @AfterEach
    void close() throws Exception {
        if (announcer != null) {
            announcer.close();
        }
        if (boards != null) {
            boards.close();
        }
        for (AutoCloseable resource : closeLater) {
            resource.close();
        }
        journal.close();
    }

    @Test
    void overLimitRecordShownAndJournaled() throws IOException {
        LedCardSimulator card = LedDisplays.startOnbonCardSimulator();
        start(new LedBoard("exit", "onbon-bx5k", onbon(card.host(), card.port()), Clock.systemUTC()), card);

        String recordNumber = completeRecord(52_400, 6, "ARTICULATED");

        JournalEntry ledShown = awaitLedShown();
        JournalEntry record = journal.after(0, entry -> entry.type() == EntryType.RECORD, 1).get(0);
        assertThat(ledShown.data().path("recordSequence").asLong()).isEqualTo(record.sequence());
        assertThat(ledShown.text("recordNumber")).isEqualTo(recordNumber);
        assertThat(ledShown.text("text")).isEqualTo("晋E12345 52.40吨 超限3.40吨 禁止出场");
        assertThat(ledShown.text("boardId")).isEqualTo("exit");
        assertThat(ledShown.text("protocol")).isEqualTo("onbon-bx5k");
        assertThat(ledShown.text("address")).isEqualTo(card.host() + ":" + card.port());
        assertThat(Instant.parse(ledShown.text("shownAt"))).isAfterOrEqualTo(record.at());
        assertThat(ledShown.text("outcome")).isEqualTo("SHOWN");
        assertThat(ledShown.data().get("error").isNull()).isTrue();
        assertThat(card.shownLines()).containsExactly("晋E12345", "52.40吨 超限3.40吨", "禁止出场");
        assertThat(boards.byId("exit").orElseThrow().health().state()).isEqualTo(BoardHealth.State.ONLINE);
    }

    @Test
    void silentBoardFailsWithoutHoldingRecord() throws IOException {
        ServerSocket silent = silentCard();
        start(new LedBoard("exit", "onbon-bx5k", onbon("127.0.0.1", silent.getLocalPort()), Clock.systemUTC()),
                null);

        long started = System.nanoTime();
        completeRecord(31_200, 6, "ARTICULATED");
        Duration completing = Duration.ofNanos(System.nanoTime() - started);

        assertThat(completing).isLessThan(REPLY_TIMEOUT);
        assertThat(journal.count(0, entry -> entry.type() == EntryType.RECORD)).isEqualTo(1);
        JournalEntry ledShown = awaitLedShown();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(ledShown.text("outcome")).isEqualTo("FAILED");
        assertThat(ledShown.text("error")).isEqualTo("显示屏无应答");
        assertThat(ledShown.text("text")).isEqualTo("晋E12345 31.20吨 正常 请通行");
        BoardHealth health = boards.byId("exit").orElseThrow().health();
        assertThat(health.state()).isEqualTo(BoardHealth.State.OFFLINE);
        assertThat(health.reason()).isEqualTo("显示屏无应答");
        assertThat(health.lastSuccessAt()).isNull();
        assertThat(health.lastText()).isEqualTo("晋E12345 31.20吨 正常 请通行");
    }

    @Test
    void refusedBoardReportedInHeartbeat() throws IOException {
        int closedPort = closedPort();
        start(new LedBoard("exit", "onbon-bx5k", onbon("127.0.0.1", closedPort), Clock.systemUTC()), null);

        completeRecord(52_400, null, null);
        JournalEntry ledShown = awaitLedShown();
        ObjectNode report = JSON.createObjectNode();
        new BoardHeartbeat(boards).contribute(report);

        assertThat(ledShown.text("error")).isEqualTo("连接被拒绝");
        assertThat(ledShown.text("text")).isEqualTo("晋E12345 52.40吨 结论未知 请等候");
        var board = report.path("boards").get(0);
        assertThat(board.path("id").asString()).isEqualTo("exit");
        assertThat(board.path("protocol").asString()).isEqualTo("onbon-bx5k");
        assertThat(board.path("address").asString()).isEqualTo("127.0.0.1:" + closedPort);
        assertThat(board.path("state").asString()).isEqualTo("OFFLINE");
        assertThat(board.path("reason").asString()).isEqualTo("连接被拒绝");
        assertThat(board.get("lastSuccessAt").isNull()).isTrue();
        assertThat(board.path("lastText").asString()).isEqualTo("晋E12345 52.40吨 结论未知 请等候");
    }

    @Test
    void heartbeatShowsUnusedBoardAsUnknown() throws IOException {
        LedCardSimulator card = LedDisplays.startOnbonCardSimulator();
        start(new LedBoard("exit", "onbon-bx6k", onbon(card.host(), card.port()), Clock.systemUTC()), card);
        ObjectNode report = JSON.createObjectNode();

        new BoardHeartbeat(boards).contribute(report);

        assertThat(report.path("boards").get(0).path("state").asString()).isEqualTo("UNKNOWN");
        assertThat(report.path("boards").get(0).path("protocol").asString()).isEqualTo("onbon-bx6k");
    }

    private void start(LedBoard board, LedCardSimulator card) {
        boards = new Boards(List.of(board), card);
        announcer = new VerdictAnnouncer(journal, VerdictTextsTest.defaults(), boards);
        desk.addRecordListener(announcer);
    }

    private String completeRecord(long grossKg, Integer axles, String vehicleType) {
        Instant stable = Instant.now();
        long passage = desk.recordPassage(new PassageFacts(UUID.randomUUID(), stable.minusSeconds(20), stable, null,
                BigDecimal.valueOf(grossKg), false, null, JSON.createArrayNode(), JSON.createArrayNode()));
        return desk.complete(passage, new OperatorInput("晋E12345", "2", axles, vehicleType, "煤", null, "HOLD",
                "张三"));
    }

    private JournalEntry awaitLedShown() {
        await().atMost(Duration.ofSeconds(5))
                .until(() -> journal.count(0, entry -> entry.type() == EntryType.LED_SHOWN) == 1);
        return journal.after(0, entry -> entry.type() == EntryType.LED_SHOWN, 1).get(0);
    }

    private static cn.overloadcontrol.device.LedDisplay onbon(String host, int port) {
        return LedDisplays.onbon(host, port, 128, 32, Duration.ofSeconds(1), REPLY_TIMEOUT, 2);
    }

    /** Starts a card that accepts connections and never replies. */
    private ServerSocket silentCard() throws IOException {
        ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        closeLater.add(server);
        Thread thread = new Thread(() -> {
            List<Socket> open = new ArrayList<>();
            while (!server.isClosed()) {
                try {
                    open.add(server.accept());
                } catch (IOException e) {
                    return;
                }
            }
        }, "silent-card");
        thread.setDaemon(true);
        thread.start();
        return server;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}

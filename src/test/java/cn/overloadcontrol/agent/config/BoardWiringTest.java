package cn.overloadcontrol.agent.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import cn.overloadcontrol.agent.StationApplication;
import cn.overloadcontrol.agent.board.Boards;
import cn.overloadcontrol.agent.board.RecentRecordExitDecisions;
import cn.overloadcontrol.agent.desk.ExitDecisions;
import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.desk.PassageFacts;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.device.LedCardSimulator;
import cn.overloadcontrol.device.LedDisplays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The station context with one board from {@code station.boards}, on an emulated card on 127.0.0.1. */
@SpringBootTest(classes = StationApplication.class)
@ActiveProfiles({StationApplication.PROFILE, "test"})
class BoardWiringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LedCardSimulator CARD = startCard();

    @DynamicPropertySource
    static void board(DynamicPropertyRegistry registry) throws IOException {
        Path dataDir = Files.createTempDirectory("board-wiring-test");
        registry.add("station.data-dir", dataDir::toString);
        registry.add("station.boards[0].id", () -> "exit");
        registry.add("station.boards[0].protocol", () -> "onbon-bx6k");
        registry.add("station.boards[0].host", CARD::host);
        registry.add("station.boards[0].tcp-port", CARD::port);
        registry.add("station.led-texts.over-limit.text", () -> "{plate} 超限{excessT}吨|请卸载");
    }

    @AfterAll
    static void stopCard() {
        CARD.close();
    }

    @Autowired
    PassageDesk desk;
    @Autowired
    Journal journal;
    @Autowired
    Boards boards;
    @Autowired
    ExitDecisions exitDecisions;

    @Test
    void recordShownOnConfiguredBoard() {
        Instant stable = Instant.now();
        long passage = desk.recordPassage(new PassageFacts(UUID.randomUUID(), stable.minusSeconds(20), stable, null,
                new BigDecimal("52400"), false, null, JSON.createArrayNode(), JSON.createArrayNode()));
        String recordNumber = desk.complete(passage, new OperatorInput("晋E12345", "2", 6, "ARTICULATED", "煤", null,
                "HOLD", "张三"));

        await().atMost(Duration.ofSeconds(5)).until(() -> ledShown(recordNumber) != null);
        JournalEntry entry = ledShown(recordNumber);
        assertThat(entry.text("outcome")).isEqualTo("SHOWN");
        assertThat(entry.text("protocol")).isEqualTo("onbon-bx6k");
        assertThat(entry.text("text")).isEqualTo("晋E12345 超限3.40吨 请卸载");
        assertThat(CARD.shownLines()).containsExactly("晋E12345 超限3.40吨", "请卸载");
        assertThat(boards.byId("exit").orElseThrow().address()).isEqualTo(CARD.host() + ":" + CARD.port());
        assertThat(boards.simulator()).isEmpty();
    }

    @Test
    void exitDecisionsFromJournal() {
        assertThat(exitDecisions).isInstanceOf(RecentRecordExitDecisions.class);
    }

    private JournalEntry ledShown(String recordNumber) {
        return journal.entries().stream()
                .filter(entry -> entry.type() == EntryType.LED_SHOWN && recordNumber.equals(entry.text("recordNumber")))
                .findFirst()
                .orElse(null);
    }

    private static LedCardSimulator startCard() {
        try {
            return LedDisplays.startOnbonCardSimulator();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

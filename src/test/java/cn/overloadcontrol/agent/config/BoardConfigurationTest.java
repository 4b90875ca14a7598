package cn.overloadcontrol.agent.config;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.overloadcontrol.agent.board.BoardHealth;
import cn.overloadcontrol.agent.board.Boards;
import cn.overloadcontrol.agent.board.LedBoard;
import cn.overloadcontrol.agent.board.VerdictTexts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Boards and texts built from {@code station.*}: checks that name the setting, and the simulated board. */
class BoardConfigurationTest {

    private final BoardConfiguration configuration = new BoardConfiguration();

    @Test
    void configuredBoardsBuilt() throws IOException {
        StationProperties properties = properties(false, List.of(
                board("exit", "onbon-bx6k", "tcp", "127.0.0.1"),
                board("voice", "rs485-board", "tcp", "127.0.0.1")));

        try (Boards boards = configuration.boards(properties, Clock.systemUTC())) {
            assertThat(boards.all()).extracting(LedBoard::id).containsExactly("exit", "voice");
            assertThat(boards.byId("exit").orElseThrow().protocol()).isEqualTo("onbon-bx6k");
            assertThat(boards.byId("exit").orElseThrow().address()).isEqualTo("127.0.0.1:5005");
            assertThat(boards.health()).extracting(BoardHealth::state).containsOnly(BoardHealth.State.UNKNOWN);
            assertThat(boards.simulator()).isEmpty();
        }
    }

    @Test
    void invalidSettingsNamed() {
        assertThatThrownBy(() -> configuration.boards(properties(false,
                List.of(board("exit", "onbon-bx7k", "tcp", "127.0.0.1"))), Clock.systemUTC()))
                .hasMessageContaining("station.boards[0].protocol \"onbon-bx7k\" is invalid");
        assertThatThrownBy(() -> configuration.boards(properties(false,
                List.of(board("exit", "onbon-bx5k", "udp", "127.0.0.1"))), Clock.systemUTC()))
                .hasMessageContaining("station.boards[0].transport \"udp\" is invalid");
        assertThatThrownBy(() -> configuration.boards(properties(false,
                List.of(board("exit", "onbon-bx5k", "tcp", null))), Clock.systemUTC()))
                .hasMessageContaining("station.boards[0].host is missing");
        assertThatThrownBy(() -> configuration.boards(properties(false,
                List.of(board("exit", "onbon-bx5k", "serial", null))), Clock.systemUTC()))
                .hasMessageContaining("station.boards[0].transport serial is not supported for onbon-bx5k");
        assertThatThrownBy(() -> configuration.boards(properties(false,
                List.of(board("exit", "onbon-bx5k", "tcp", "127.0.0.1"), board("exit", "rs485-board", "tcp",
                        "127.0.0.1"))), Clock.systemUTC()))
                .hasMessageContaining("station.boards[1].id \"exit\" is invalid");
    }

    @Test
    void simulatedStationGetsEmulatedCard() throws IOException {
        try (Boards boards = configuration.boards(properties(true, List.of()), Clock.systemUTC())) {
            assertThat(boards.all()).extracting(LedBoard::id).containsExactly(BoardConfiguration.SIMULATED_BOARD_ID);
            assertThat(boards.simulator()).isPresent();
            assertThat(boards.all().get(0).address()).isEqualTo(boards.simulator().get().host() + ":"
                    + boards.simulator().get().port());
        }
    }

    @Test
    void defaultTextsRender() {
        StationProperties properties = properties(false, List.of());

        VerdictTexts texts = configuration.verdictTexts(properties);

        assertThat(properties.ledTexts().overLimit().text()).isEqualTo("{plate}|{grossT}吨 超限{excessT}吨|禁止出场");
        assertThat(properties.ledTexts().compliant().voice()).isEqualTo("{plate} 请通行");
        assertThat(texts).isNotNull();
    }

    private static StationProperties properties(boolean simulate, List<StationProperties.Board> boards) {
        return new StationProperties(Path.of("unused"), "OUTBOUND", null, Duration.ofSeconds(30),
                new StationProperties.Forward(100, Duration.ofSeconds(1), Duration.ofSeconds(60)),
                new StationProperties.Indicator("none", "/dev/ttyUSB0", 9600, "8N1", null, null, "yaohua-a9",
                        Duration.ofSeconds(5)),
                simulate, Duration.ofSeconds(3), boards,
                new StationProperties.LedTexts(new StationProperties.LedText(null, null),
                        new StationProperties.LedText(null, null), new StationProperties.LedText(null, null)),
                Duration.ofMinutes(30), new StationProperties.Cameras(Duration.ofSeconds(10), 3_670_016,
                        Duration.ofSeconds(60), Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(10),
                        List.of(), List.of()));
    }

    private static StationProperties.Board board(String id, String protocol, String transport, String host) {
        return new StationProperties.Board(id, protocol, transport, host, 5005, "/dev/ttyUSB1", 9600, "8N1", 0, 128,
                32, 3, Duration.ofSeconds(1), Duration.ofSeconds(1));
    }
}

package cn.overloadcontrol.agent.config;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.agent.board.BoardHeartbeat;
import cn.overloadcontrol.agent.board.Boards;
import cn.overloadcontrol.agent.board.LedBoard;
import cn.overloadcontrol.agent.board.LedTestHandler;
import cn.overloadcontrol.agent.board.RecentRecordExitDecisions;
import cn.overloadcontrol.agent.board.VerdictAnnouncer;
import cn.overloadcontrol.agent.board.VerdictTexts;
import cn.overloadcontrol.agent.desk.ExitDecisions;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.device.LedCardSimulator;
import cn.overloadcontrol.device.LedDisplay;
import cn.overloadcontrol.device.LedDisplays;
import cn.overloadcontrol.device.LedProtocol;
import cn.overloadcontrol.device.LedTemplate;
import cn.overloadcontrol.weighing.LimitEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lane's LED boards from {@code station.boards}, the verdict shown on them for each record,
 * their heartbeat part, the LED test command and the exit decisions. A simulated station without
 * configured boards gets one board on an emulated Onbon card, so the demo sends real frames.
 */
@Configuration
class BoardConfiguration {

    /** The board of a simulated station, as the heartbeat and the platform's test command name it. */
    static final String SIMULATED_BOARD_ID = "exit";

    private static final Logger log = LoggerFactory.getLogger(BoardConfiguration.class);

    @Bean(destroyMethod = "close")
    Boards boards(StationProperties properties, Clock clock) throws IOException {
        if (properties.boards().isEmpty() && properties.simulate()) {
            return simulatedBoards(clock);
        }
        List<LedBoard> boards = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int index = 0; index < properties.boards().size(); index++) {
            StationProperties.Board board = properties.boards().get(index);
            String field = "station.boards[" + index + "]";
            if (board.id() == null || board.id().isBlank() || !ids.add(board.id())) {
                throw new IllegalArgumentException(field + ".id \"" + board.id()
                        + "\" is invalid; give each board its own id, for example exit");
            }
            LedBoard ledBoard = new LedBoard(board.id(), board.protocol(), display(board, field), clock);
            boards.add(ledBoard);
            log.info("LED board {}: {} at {}", board.id(), board.protocol(), ledBoard.address());
        }
        return new Boards(boards, null);
    }

    @Bean
    VerdictTexts verdictTexts(StationProperties properties) {
        StationProperties.LedTexts texts = properties.ledTexts();
        return new VerdictTexts(LimitEngine.withBundledTables(), template(texts.compliant()),
                template(texts.overLimit()), template(texts.unknown()));
    }

    @Bean(destroyMethod = "close")
    VerdictAnnouncer verdictAnnouncer(Journal journal, VerdictTexts texts, Boards boards, PassageDesk desk) {
        VerdictAnnouncer announcer = new VerdictAnnouncer(journal, texts, boards);
        desk.addRecordListener(announcer);
        return announcer;
    }

    @Bean
    BoardHeartbeat boardHeartbeat(Boards boards) {
        return new BoardHeartbeat(boards);
    }

    @Bean
    LedTestHandler ledTestHandler(Boards boards) {
        return new LedTestHandler(boards);
    }

    @Bean
    ExitDecisions exitDecisions(Journal journal, VerdictTexts texts, StationProperties properties, Clock clock) {
        return new RecentRecordExitDecisions(journal, texts, properties.exitWindow(), clock);
    }

    private static Boards simulatedBoards(Clock clock) throws IOException {
        LedCardSimulator card = LedDisplays.startOnbonCardSimulator();
        LedDisplay display = LedDisplays.onbon(card.host(), card.port(), LedProtocol.DEFAULT_WIDTH,
                LedProtocol.DEFAULT_HEIGHT, Duration.ofSeconds(1), Duration.ofSeconds(1), 3);
        log.info("No LED board configured: the simulated station shows its verdicts on an emulated Onbon card"
                + " at {}:{}", card.host(), card.port());
        return new Boards(List.of(new LedBoard(SIMULATED_BOARD_ID, LedProtocol.ONBON_BX5K.id(), display, clock)), card);
    }

    /** Creates the driver of one configured board, naming the setting that is wrong. */
    private static LedDisplay display(StationProperties.Board board, String field) {
        boolean tcp = "tcp".equals(board.transport());
        if (!tcp && !"serial".equals(board.transport())) {
            throw new IllegalArgumentException(field + ".transport \"" + board.transport()
                    + "\" is invalid; use tcp or serial");
        }
        if (tcp && (board.host() == null || board.host().isBlank())) {
            throw new IllegalArgumentException(field + ".host is missing; tcp needs the board's address");
        }
        return switch (board.protocol()) {
            case "onbon-bx5k", "onbon-bx6k" -> {
                if (!tcp) {
                    throw new IllegalArgumentException(field + ".transport serial is not supported for "
                            + board.protocol() + "; connect the card by network (tcp, port 5005)");
                }
                yield LedDisplays.onbon(board.host(), board.tcpPort(), board.width(), board.height(),
                        board.connectTimeout(), board.replyTimeout(), board.attempts());
            }
            case "rs485-board" -> tcp
                    ? LedDisplays.rs485OverTcp(board.host(), board.tcpPort(), board.address(), board.connectTimeout(),
                            board.attempts())
                    : LedDisplays.rs485OverSerial(board.serialPort(), board.baud(), board.format(), board.address(),
                            board.attempts());
            default -> throw new IllegalArgumentException(field + ".protocol \"" + board.protocol()
                    + "\" is invalid; use onbon-bx5k, onbon-bx6k or rs485-board");
        };
    }

    private static LedTemplate template(StationProperties.LedText text) {
        return LedTemplate.of(text.text(), text.voice() == null || text.voice().isBlank() ? null : text.voice());
    }
}

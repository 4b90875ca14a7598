package cn.overloadcontrol.agent.board;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import cn.overloadcontrol.agent.platform.CommandOutcome;
import cn.overloadcontrol.device.LedCardSimulator;
import cn.overloadcontrol.device.LedDisplays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform's LED_TEST command on an emulated Onbon card on 127.0.0.1. */
class LedTestHandlerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    LedCardSimulator card;
    Boards boards;
    LedTestHandler handler;

    @BeforeEach
    void start() throws IOException {
        card = LedDisplays.startOnbonCardSimulator();
        LedBoard board = new LedBoard("exit", "onbon-bx5k", LedDisplays.onbon(card.host(), card.port(), 128, 32,
                Duration.ofSeconds(1), Duration.ofSeconds(1), 2), Clock.systemUTC());
        boards = new Boards(List.of(board), card);
        handler = new LedTestHandler(boards);
    }

    @AfterEach
    void stop() {
        boards.close();
    }

    @Test
    void textShownOnNamedBoard() {
        CommandOutcome outcome = handler.handle(command("exit", "测试 晋E12345 31.20吨"));

        assertThat(outcome.done()).isTrue();
        assertThat(outcome.message()).isEqualTo("已显示");
        assertThat(card.shownLines()).containsExactly("测试 晋E12345 31.20吨");
        assertThat(boards.byId("exit").orElseThrow().health().lastText()).isEqualTo("测试 晋E12345 31.20吨");
    }

    @Test
    void unknownBoardAnsweredInChinese() {
        CommandOutcome outcome = handler.handle(command("entry", "测试"));

        assertThat(outcome.done()).isFalse();
        assertThat(outcome.message()).isEqualTo("本磅房没有编号为“entry”的显示屏");
    }

    @Test
    void emptyTextRejected() {
        CommandOutcome outcome = handler.handle(command("exit", " "));

        assertThat(outcome.done()).isFalse();
        assertThat(outcome.message()).contains("测试文字");
        assertThat(card.acceptedFrames()).isZero();
    }

    @Test
    void offlineBoardReasonReturned() {
        card.close();

        CommandOutcome outcome = handler.handle(command("exit", "测试"));

        assertThat(outcome.done()).isFalse();
        assertThat(outcome.message()).isEqualTo("连接被拒绝");
    }

    private static ObjectNode command(String boardId, String text) {
        ObjectNode command = JSON.createObjectNode();
        command.put("id", 13);
        command.put("kind", LedTestHandler.KIND);
        command.put("boardId", boardId);
        command.put("text", text);
        return command;
    }
}

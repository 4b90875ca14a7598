package cn.overloadcontrol.agent.board;

import java.util.Optional;

import cn.overloadcontrol.agent.platform.CommandOutcome;
import cn.overloadcontrol.agent.platform.StationCommandHandler;
import cn.overloadcontrol.device.LedMessage;
import tools.jackson.databind.JsonNode;

/**
 * Shows the installer's test text from the platform ({@code LED_TEST} with {@code boardId} and
 * {@code text}) on the named board, and returns whether the board showed it.
 */
public final class LedTestHandler implements StationCommandHandler {

    public static final String KIND = "LED_TEST";
    /** Longer texts cannot fit any supported board; the record field allows 200 characters. */
    static final int MAX_TEXT = 200;

    private final Boards boards;

    public LedTestHandler(Boards boards) {
        this.boards = boards;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public CommandOutcome handle(JsonNode command) {
        String boardId = command.path("boardId").asString("");
        String text = command.path("text").asString("").strip();
        if (text.isEmpty() || text.length() > MAX_TEXT || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return CommandOutcome.failed("测试文字须为 1–" + MAX_TEXT + " 个字符的一行文字");
        }
        Optional<LedBoard> board = boards.byId(boardId);
        if (board.isEmpty()) {
            return CommandOutcome.failed("本磅房没有编号为“" + boardId + "”的显示屏");
        }
        LedBoard.ShowOutcome outcome = board.get().show(LedMessage.lines(text));
        return outcome.shown() ? CommandOutcome.done("已显示") : CommandOutcome.failed(outcome.error());
    }
}

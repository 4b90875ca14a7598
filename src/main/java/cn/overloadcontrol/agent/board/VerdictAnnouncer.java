package cn.overloadcontrol.agent.board;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.agent.desk.RecordListener;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shows each journaled record's local verdict on every board and journals an {@code LED_SHOWN}
 * entry per board with the outcome. Each board has its own worker thread, so the desk never
 * waits for a board and a dead board does not delay the others. A silent Onbon card costs at
 * most its attempts × (connect timeout + reply timeout) before the entry is journaled.
 */
public final class VerdictAnnouncer implements RecordListener, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(VerdictAnnouncer.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private final Journal journal;
    private final VerdictTexts texts;
    private final Map<LedBoard, ExecutorService> workers = new LinkedHashMap<>();

    public VerdictAnnouncer(Journal journal, VerdictTexts texts, Boards boards) {
        this.journal = journal;
        this.texts = texts;
        for (LedBoard board : boards.all()) {
            workers.put(board, Executors.newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "led-board-" + board.id());
                thread.setDaemon(true);
                return thread;
            }));
        }
    }

    @Override
    public void recordJournaled(JournalEntry record) {
        if (workers.isEmpty()) {
            return;
        }
        workers.forEach((board, worker) -> {
            try {
                worker.execute(() -> announce(board, record));
            } catch (RejectedExecutionException e) {
                log.warn("LED board {} is shutting down; record entry {} is not shown", board.id(),
                        record.sequence());
            }
        });
    }

    /** Runs on the board's worker: judging here keeps the first load of the limit tables off the desk. */
    private void announce(LedBoard board, JournalEntry record) {
        JsonNode request = record.data().path("request");
        LocalVerdict verdict = texts.judge(request);
        LedBoard.ShowOutcome outcome = board.show(verdict.message());
        String recordNumber = request.path("recordNumber").asString();
        journal.append(EntryType.LED_SHOWN, sequence -> {
            ObjectNode data = json.createObjectNode();
            data.put("recordSequence", record.sequence());
            data.put("recordNumber", recordNumber);
            data.put("text", verdict.text());
            data.put("boardId", board.id());
            data.put("protocol", board.protocol());
            data.put("address", board.address());
            data.put("shownAt", outcome.at().toString());
            data.put("outcome", outcome.shown() ? "SHOWN" : "FAILED");
            data.put("error", outcome.error());
            return data;
        });
        log.info("Record {} {} on LED board {}: {}", recordNumber, outcome.shown() ? "shown" : "not shown",
                board.id(), outcome.shown() ? verdict.text() : outcome.error());
    }

    /** Stops the workers; a message being sent is interrupted only after a short wait. */
    @Override
    public void close() throws InterruptedException {
        workers.values().forEach(ExecutorService::shutdown);
        for (ExecutorService worker : workers.values()) {
            if (!worker.awaitTermination(2, TimeUnit.SECONDS)) {
                worker.shutdownNow();
            }
        }
    }
}

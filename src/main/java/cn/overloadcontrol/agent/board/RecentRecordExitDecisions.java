package cn.overloadcontrol.agent.board;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.overloadcontrol.agent.desk.ExitDecision;
import cn.overloadcontrol.agent.desk.ExitDecisions;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import cn.overloadcontrol.common.PlateNumber;
import tools.jackson.databind.JsonNode;

/**
 * Decides the exit from the plate's latest record journaled within the window: the barrier opens
 * only for a compliant record that the operator released ({@code RELEASE}); an over-limit, unknown,
 * held or unload-and-reweigh record keeps it closed. The board shows the record's verdict text.
 * An invalid plate, or one without a record in the window, keeps the barrier closed and the
 * board unchanged.
 */
public final class RecentRecordExitDecisions implements ExitDecisions {

    static final String RELEASE = "RELEASE";

    private final Journal journal;
    private final VerdictTexts texts;
    private final Duration window;
    private final Clock clock;

    /** @param window how long after it was journaled a record still decides the exit */
    public RecentRecordExitDecisions(Journal journal, VerdictTexts texts, Duration window, Clock clock) {
        this.journal = journal;
        this.texts = texts;
        this.window = window;
        this.clock = clock;
    }

    @Override
    public ExitDecision decide(String plateNumber) {
        PlateNumber plate = PlateNumber.of(plateNumber);
        if (!plate.valid()) {
            // Matching "无车牌" or a misread against the records could open the barrier for another truck.
            return ExitDecision.keepClosed();
        }
        JsonNode request = latestRecord(plate.normalized(), clock.instant().minus(window));
        if (request == null) {
            return ExitDecision.keepClosed();
        }
        LocalVerdict verdict = texts.judge(request);
        boolean release = verdict.kind() == LocalVerdict.Kind.COMPLIANT
                && RELEASE.equals(request.path("releaseDecision").asString(""));
        return new ExitDecision(release, verdict.message());
    }

    /** Returns the request of the newest record of {@code plate} journaled after {@code since}, or {@code null}. */
    private JsonNode latestRecord(String plate, Instant since) {
        List<JournalEntry> entries = journal.entries();
        for (int index = entries.size() - 1; index >= 0; index--) {
            JournalEntry entry = entries.get(index);
            if (entry.at().isBefore(since)) {
                return null;
            }
            if (entry.type() != EntryType.RECORD) {
                continue;
            }
            JsonNode request = entry.data().path("request");
            if (plate.equals(PlateNumber.normalize(request.path("plateNumber").asString("")))) {
                return request;
            }
        }
        return null;
    }
}

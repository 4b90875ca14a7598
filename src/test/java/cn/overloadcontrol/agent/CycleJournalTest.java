package cn.overloadcontrol.agent;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.agent.desk.CycleJournal;
import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.journal.JournalEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The weighing cycle's passages reach the station journal: passage, record, exit with the curve. */
class CycleJournalTest {

    @TempDir
    Path folder;

    SteppingClock clock;
    Journal journal;
    PassageDesk desk;
    List<String> states = new ArrayList<>();

    @BeforeEach
    void openJournal() {
        clock = new SteppingClock(Instant.parse("2026-12-04T02:00:00Z"));
        journal = Journal.open(folder, clock);
        desk = new PassageDesk(journal, DeliveryCursor.open(folder), () -> { }, "OUTBOUND", 1);
    }

    @AfterEach
    void closeJournal() {
        journal.close();
    }

    @Test
    void passageIsJournaledPendingWithCurve() {
        WeighingCycle cycle = cycle(Optional.empty());

        drivePassage(cycle, 49_280);

        List<JournalEntry> entries = journal.entries();
        assertThat(entries).extracting(JournalEntry::type).containsExactly(EntryType.PASSAGE, EntryType.LEFT);
        assertThat(entries.get(0).data().path("weightKg").decimalValue()).isEqualByComparingTo("49280");
        assertThat(entries.get(1).data().path("curve").size()).isGreaterThan(10);
        assertThat(entries.get(1).data().path("frames").size()).isGreaterThan(10);
        assertThat(desk.pending()).singleElement()
                .satisfies(passage -> assertThat(passage.grossKg()).isEqualTo(49_280));
        assertThat(states).contains("VEHICLE_ON", "RECORDED", "EMPTY");
    }

    @Test
    void automaticInputCompletesRecordAtOnce() {
        OperatorInput truck = new OperatorInput("晋E12345", "2", 6, "ARTICULATED", "煤", null, "RELEASE", "模拟司磅员");
        WeighingCycle cycle = cycle(Optional.of(truck));

        drivePassage(cycle, 36_000);

        List<JournalEntry> records = journal.after(0, entry -> entry.type() == EntryType.RECORD, 10);
        assertThat(records).hasSize(1);
        assertThat(records.get(0).data().path("request").path("grossKg").asLong()).isEqualTo(36_000);
        assertThat(records.get(0).data().path("request").path("plateNumber").asString()).isEqualTo("晋E12345");
        assertThat(records.get(0).data().path("request").path("recordNumber").asString())
                .isEqualTo("20261204-00000002");
        assertThat(desk.pending()).isEmpty();
    }

    private WeighingCycle cycle(Optional<OperatorInput> automaticInput) {
        CycleJournal listener = new CycleJournal(desk, (state, weightKg) -> states.add(state.name()),
                () -> automaticInput);
        return new WeighingCycle(ScaleSettings.defaults(), clock, listener);
    }

    private void drivePassage(WeighingCycle cycle, int kg) {
        new ScaleFeed(cycle, clock)
                .hold(0, 1)
                .ramp(0, kg, 4)
                .hold(kg, 5)
                .ramp(kg, 0, 4)
                .hold(0, 2);
    }
}

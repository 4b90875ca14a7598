package cn.overloadcontrol.agent.platform;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import cn.overloadcontrol.agent.journal.EntryType;
import cn.overloadcontrol.agent.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The station's per-day record counts, counted from its journal by China weighing day. */
class DailyCountContributorTest {

    /** 2026-12-05 09:00 in China. */
    private static final Instant NOW = Instant.parse("2026-12-05T01:00:00Z");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path folder;

    @Test
    void recordsCountOnTheirChinaWeighingDay() {
        try (Journal journal = Journal.open(folder, Clock.fixed(NOW, ZoneOffset.UTC))) {
            record(journal, "2026-12-04T23:30:00+08:00");
            record(journal, "2026-12-04T16:00:00Z");
            record(journal, "2026-12-05T08:59:00+08:00");
            record(journal, "2026-11-27T12:00:00+08:00");
            journal.append(EntryType.PASSAGE, sequence -> JSON.createObjectNode().put("weightKg", 30_000));

            ObjectNode report = JSON.createObjectNode();
            new DailyCountContributor(journal, Clock.fixed(NOW, ZoneOffset.UTC)).contribute(report);

            assertThat(report.get("dailyCounts")).hasSize(8);
            assertThat(report.get("dailyCounts").get(0).get("date").asString()).isEqualTo("2026-11-28");
            assertThat(report.get("dailyCounts").get(0).get("records").asLong()).isZero();
            assertThat(report.get("dailyCounts").get(6).get("date").asString()).isEqualTo("2026-12-04");
            assertThat(report.get("dailyCounts").get(6).get("records").asLong()).isEqualTo(1);
            assertThat(report.get("dailyCounts").get(7).get("date").asString()).isEqualTo("2026-12-05");
            assertThat(report.get("dailyCounts").get(7).get("records").asLong()).isEqualTo(2);
        }
    }

    @Test
    void emptyJournalReportsZeroDays() {
        try (Journal journal = Journal.open(folder, Clock.fixed(NOW, ZoneOffset.UTC))) {
            DailyCountContributor contributor = new DailyCountContributor(journal, Clock.fixed(NOW, ZoneOffset.UTC));

            assertThat(contributor.countRecords()).hasSize(8)
                    .containsKey(LocalDate.of(2026, 11, 28))
                    .containsKey(LocalDate.of(2026, 12, 5))
                    .allSatisfy((day, records) -> assertThat(records).isZero());
        }
    }

    private static void record(Journal journal, String weighedAt) {
        journal.append(EntryType.RECORD, sequence -> {
            ObjectNode data = JSON.createObjectNode();
            data.putObject("request").put("weighedAt", weighedAt);
            return data;
        });
    }
}

package cn.overloadcontrol.acceptance.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import cn.overloadcontrol.acceptance.AutomaticCheck;
import cn.overloadcontrol.acceptance.ItemOutcome;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The count comparison on prepared data: the platform contains 0, 1 and 2 records on the three days
 * before today, and the station reports its own counts in a heartbeat.
 */
@IntegrationTest
class CountMatchCheckTest {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final LocalDate TODAY = LocalDate.now(CHINA);
    private static final LocalDate DAY1 = TODAY.minusDays(3);
    private static final LocalDate DAY2 = TODAY.minusDays(2);
    private static final LocalDate DAY3 = TODAY.minusDays(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    CountMatchCheck check;

    TestData.StationWithKey station;

    @BeforeEach
    void prepareRecords() throws Exception {
        station = data.stationWithKey();
        sendRecordOn(DAY2);
        sendRecordOn(DAY3);
        sendRecordOn(DAY3);
    }

    @Test
    void equalCountsPass() throws Exception {
        heartbeat(0, counts(0, 1, 2));

        AutomaticCheck.Result result = evaluate();

        assertThat(result.outcome()).isEqualTo(ItemOutcome.PASSED);
        assertThat(result.messageKey()).isEqualTo("acceptance.measured.countsMatch");
        assertThat(result.args()).containsExactly(3, 3L, 3L, 0L);
    }

    @Test
    void recordsInBacklogPass() throws Exception {
        heartbeat(2, counts(1, 1, 3));

        assertThat(evaluate().outcome()).isEqualTo(ItemOutcome.PASSED);
    }

    @Test
    void moreThanBacklogMissingFails() throws Exception {
        heartbeat(1, counts(1, 1, 3));

        AutomaticCheck.Result result = evaluate();

        assertThat(result.outcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(result.messageKey()).isEqualTo("acceptance.measured.countsDiffer");
        assertThat(result.args()).containsExactly(DAY1 + ": 1/0; " + DAY3 + ": 3/2", 1L);
    }

    @Test
    void platformAboveStationFails() throws Exception {
        heartbeat(5, counts(0, 1, 1));

        AutomaticCheck.Result result = evaluate();

        assertThat(result.outcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(result.args()).containsExactly(DAY3 + ": 1/2", 5L);
    }

    @Test
    void unreportedDayFails() throws Exception {
        heartbeat(0, "[{\"date\":\"" + DAY2 + "\",\"records\":1},{\"date\":\"" + DAY3 + "\",\"records\":2}]");

        AutomaticCheck.Result result = evaluate();

        assertThat(result.outcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(result.args()).containsExactly(DAY1 + ": -/0", 0L);
    }

    @Test
    void latestReportOfDayWins() throws Exception {
        heartbeat(0, counts(0, 1, 1));
        heartbeat(0, counts(0, 1, 2));

        assertThat(evaluate().outcome()).isEqualTo(ItemOutcome.PASSED);
    }

    @Test
    void silentSecondStationLeavesItemToReview() throws Exception {
        data.createStation(station.unitId());
        heartbeat(0, counts(0, 1, 2));

        AutomaticCheck.Result result = evaluate();

        assertThat(result.outcome()).isEqualTo(ItemOutcome.TO_REVIEW);
        assertThat(result.messageKey()).isEqualTo("acceptance.measured.someStationsSilent");
        assertThat(result.args()).containsExactly(1);
    }

    @Test
    void neverReportedIsNoData() throws Exception {
        heartbeat(0, null);

        AutomaticCheck.Result result = evaluate();

        assertThat(result.outcome()).isEqualTo(ItemOutcome.TO_REVIEW);
        assertThat(result.messageKey()).isEqualTo("acceptance.measured.notReported");
    }

    private AutomaticCheck.Result evaluate() {
        OffsetDateTime to = OffsetDateTime.now(CHINA).truncatedTo(ChronoUnit.SECONDS);
        return check.evaluate(new AutomaticCheck.Context(station.unitId(), to.minusDays(3), to, TODAY));
    }

    private void sendRecordOn(LocalDate day) throws Exception {
        Map<String, Object> record = RecordSender.record(Plates.unique(), 30_000, "RELEASE");
        record.put("weighedAt", day.atTime(10, 0).atOffset(CHINA).toString());
        RecordSender.send(mvc, station, record);
    }

    private static String counts(int day1, int day2, int day3) {
        return "[{\"date\":\"" + DAY1 + "\",\"records\":" + day1 + "},{\"date\":\"" + DAY2 + "\",\"records\":" + day2
                + "},{\"date\":\"" + DAY3 + "\",\"records\":" + day3 + "},{\"date\":\"" + TODAY
                + "\",\"records\":7}]";
    }

    private void heartbeat(int backlog, String dailyCounts) throws Exception {
        String body = "{\"backlog\":" + backlog + (dailyCounts == null ? "" : ",\"dailyCounts\":" + dailyCounts) + "}";
        mvc.perform(signedPost("/api/v1/heartbeats", station.keyId(), station.secret(), body))
                .andExpect(status().isOk());
    }
}

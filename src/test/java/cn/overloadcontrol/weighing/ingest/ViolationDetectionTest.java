package cn.overloadcontrol.weighing.ingest;

import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.weighing.review.ReviewItems;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Which accepted records land on the officers' queue, and as what kind. */
@IntegrationTest
class ViolationDetectionTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ExitWithoutReweighCheck exitCheck;
    @Autowired
    ReviewItems queue;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    @Test
    void overLimitReleasedRecordIsQueuedAsIllegalRelease() throws Exception {
        Map<String, Object> record = record(Plates.unique(), 52_400, "RELEASE");

        long id = send(record);

        assertThat(kindsOf(id)).containsExactly("ILLEGAL_RELEASE");
        assertThat(queue.violationCountsByUnit(DataScope.unit(station.unitId()))).containsEntry(station.unitId(), 1L);
    }

    @Test
    void smallExcessReleasedIsStillIllegalRelease() throws Exception {
        // 49,500 kg against 49,000 kg is OVER_LIMIT_WARNING: still 超限, so releasing it is illegal.
        long id = send(record(Plates.unique(), 49_500, "RELEASE"));

        assertThat(verdictOf(id)).isEqualTo("OVER_LIMIT_WARNING");
        assertThat(kindsOf(id)).containsExactly("ILLEGAL_RELEASE");
    }

    @Test
    void overLimitHeldOrCompliantReleasedIsNotQueued() throws Exception {
        long held = send(record(Plates.unique(), 52_400, "HOLD"));
        long compliant = send(record(Plates.unique(), 48_000, "RELEASE"));

        assertThat(kindsOf(held)).isEmpty();
        assertThat(kindsOf(compliant)).isEmpty();
    }

    @Test
    void recordWithoutAxleCountIsQueuedAsSuspicious() throws Exception {
        Map<String, Object> record = record(Plates.unique(), 30_000, "RELEASE");
        record.remove("axleCount");
        record.remove("axleCountSource");

        long id = send(record);

        assertThat(kindsOf(id)).containsExactly("SUSPICIOUS");
        assertThat(jdbc.queryForObject("select detail from review_item where record_id = ?", String.class, id))
                .contains("AXLE_COUNT_UNKNOWN");
    }

    @Test
    void batchQueuesOnlyItsViolations() throws Exception {
        Map<String, Object> released = record(Plates.unique(), 52_400, "RELEASE");
        Map<String, Object> held = record(Plates.unique(), 52_400, "HOLD");
        Map<String, Object> noAxles = record(Plates.unique(), 30_000, "RELEASE");
        noAxles.remove("axleCount");
        noAxles.remove("axleCountSource");
        String body = "{\"records\":[" + SampleRecords.json(released) + "," + SampleRecords.json(held) + ","
                + SampleRecords.json(noAxles) + "]}";

        mvc.perform(signedPost("/api/v1/weighings/batch", station.keyId(), station.secret(), body))
                .andExpect(status().isOk());

        assertThat(kindsOf(idOf(released))).containsExactly("ILLEGAL_RELEASE");
        assertThat(kindsOf(idOf(held))).isEmpty();
        assertThat(kindsOf(idOf(noAxles))).containsExactly("SUSPICIOUS");
    }

    @Test
    void overLimitExitWithoutReweighIsQueuedByTheScheduledCheck() throws Exception {
        Map<String, Object> record = record(Plates.unique(), 52_400, "UNLOAD_AND_REWEIGH");
        record.put("weighedAt", SampleRecords.minutesAgo(60));
        record.put("exitedAt", SampleRecords.minutesAgo(40));
        long id = send(record);
        assertThat(kindsOf(id)).isEmpty();

        exitCheck.run();

        assertThat(kindsOf(id)).containsExactly("EXIT_WITHOUT_REWEIGH");
        exitCheck.run();
        assertThat(kindsOf(id)).hasSize(1);
    }

    @Test
    void exitAfterACompliantReweighIsNotQueued() throws Exception {
        String plate = Plates.unique();
        Map<String, Object> first = record(plate, 52_400, "UNLOAD_AND_REWEIGH");
        first.put("weighedAt", SampleRecords.minutesAgo(60));
        first.put("exitedAt", SampleRecords.minutesAgo(40));
        long id = send(first);
        Map<String, Object> reweigh = record(plate, 48_500, "RELEASE");
        reweigh.put("weighedAt", SampleRecords.minutesAgo(50));
        send(reweigh);

        exitCheck.run();

        assertThat(kindsOf(id)).isEmpty();
    }

    @Test
    void recentExitWaitsForALateReweighUpload() throws Exception {
        Map<String, Object> record = record(Plates.unique(), 52_400, "UNLOAD_AND_REWEIGH");
        record.put("weighedAt", SampleRecords.minutesAgo(10));
        record.put("exitedAt", SampleRecords.minutesAgo(5));
        long id = send(record);

        exitCheck.run();

        assertThat(kindsOf(id)).isEmpty();
    }

    private static Map<String, Object> record(String plate, int grossKg, String release) {
        return RecordSender.record(plate, grossKg, release);
    }

    private long send(Map<String, Object> record) throws Exception {
        return RecordSender.send(mvc, station, record);
    }

    private long idOf(Map<String, Object> record) {
        return jdbc.queryForObject("select id from weighing_record where station_id = ? and record_number = ?",
                Long.class, station.stationId(), record.get("recordNumber"));
    }

    private List<String> kindsOf(long recordId) {
        return jdbc.queryForList("select kind from review_item where record_id = ? order by kind", String.class,
                recordId);
    }

    private String verdictOf(long recordId) {
        return jdbc.queryForObject("select verdict from weighing_record where id = ?", String.class, recordId);
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** POST /api/v1/weighings: judgement, storage, idempotency and flags of accepted records. */
@IntegrationTest
class IngestionApiTest {

    private static final String PATH = "/api/v1/weighings";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    private ResultActions send(Object body) throws Exception {
        String json = body instanceof String text ? text : SampleRecords.json(body);
        return mvc.perform(signedPost(PATH, station.keyId(), station.secret(), json));
    }

    private int storedCount(String recordNumber) {
        Integer count = jdbc.queryForObject(
                "select count(*) from weighing_record where station_id = ? and record_number = ?", Integer.class,
                station.stationId(), recordNumber);
        return count == null ? 0 : count;
    }

    @Test
    void sixAxleOverLimitStoresJudgement() throws Exception {
        String number = TestData.unique("LIMIT-");
        send(SampleRecords.sixAxle(number))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.limitKg").value(49_000))
                .andExpect(jsonPath("$.excessKg").value(3_400))
                .andExpect(jsonPath("$.excessRate").value(6.94))
                .andExpect(jsonPath("$.verdict").value("OVER_LIMIT"))
                .andExpect(jsonPath("$.duplicate").value(false));

        Map<String, Object> row = jdbc.queryForMap("""
                select limit_kg, limit_basis, limit_table_version, excess_kg, excess_rate, verdict, net_kg,
                       unit_id, area_id, tableoid::regclass::text as partition
                  from weighing_record where station_id = ? and record_number = ?
                """, station.stationId(), number);
        assertThat(row.get("limit_kg")).isEqualTo(49_000);
        assertThat((String) row.get("limit_basis")).contains("49000").contains("2016-09-21");
        assertThat(row.get("limit_table_version")).isEqualTo("2016-09-21");
        assertThat(row.get("excess_kg")).isEqualTo(3_400);
        assertThat(row.get("excess_rate").toString()).isEqualTo("6.94");
        assertThat(row.get("verdict")).isEqualTo("OVER_LIMIT");
        assertThat(row.get("net_kg")).isEqualTo(37_000);
        assertThat(row.get("unit_id")).isEqualTo(station.unitId());
        assertThat(row.get("area_id")).isEqualTo(station.areaId());
        assertThat((String) row.get("partition")).matches("weighing_record_\\d{4}_\\d{2}");
    }

    @Test
    void recordOutsideMonthlyPartitionsLandsInDefault() throws Exception {
        String number = TestData.unique("OLD-");
        Map<String, Object> record = SampleRecords.sixAxle(number);
        record.put("weighedAt", "2020-03-15T10:00:00+08:00");
        send(record).andExpect(status().isCreated());

        String partition = jdbc.queryForObject("select tableoid::regclass::text from weighing_record"
                + " where station_id = ? and record_number = ?", String.class, station.stationId(), number);
        assertThat(partition).isEqualTo("weighing_record_default");
    }

    @Test
    void resendReturnsFirstResultAndStoresNothing() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("DUP-"));
        long firstId = idOf(send(record).andExpect(status().isCreated()).andReturn());

        send(record).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(firstId))
                .andExpect(jsonPath("$.verdict").value("OVER_LIMIT"))
                .andExpect(jsonPath("$.duplicate").value(true));
        assertThat(storedCount((String) record.get("recordNumber"))).isEqualTo(1);
    }

    @Test
    void resendBodyEqualsFirstBody() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("SAME-"));
        record.put("weighedAt", "2026-01-15T10:00:00.123+08:00");
        JsonNode first = JSON.readTree(send(record).andExpect(status().isCreated()).andReturn()
                .getResponse().getContentAsString());
        JsonNode resent = JSON.readTree(send(record).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());

        // The first body is built from the inserted values, a resend's from the stored row.
        assertThat(first.get("duplicate").asBoolean()).isFalse();
        assertThat(resent.get("duplicate").asBoolean()).isTrue();
        ((tools.jackson.databind.node.ObjectNode) first).remove("duplicate");
        ((tools.jackson.databind.node.ObjectNode) resent).remove("duplicate");
        assertThat(resent).isEqualTo(first);
    }

    @Test
    void sameContentInOtherFormIsDuplicate() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("FORM-"));
        record.put("weighedAt", "2026-01-15T10:00:00+08:00");
        long firstId = idOf(send(record).andExpect(status().isCreated()).andReturn());

        // The same instant in UTC, keys in another order, a plate with a separator.
        Map<String, Object> reordered = new java.util.TreeMap<>(record);
        reordered.put("weighedAt", "2026-01-15T02:00:00Z");
        reordered.put("plateNumber", "晋E12345");
        send(reordered).andExpect(status().isOk()).andExpect(jsonPath("$.id").value(firstId));
    }

    @Test
    void tenConcurrentCopiesStoreOneRecord() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("RACE-"));
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<MvcResult>> futures = new ArrayList<>();
        Callable<MvcResult> sendCopy = () -> {
            start.await();
            return send(record).andReturn();
        };
        for (int i = 0; i < threads; i++) {
            futures.add(pool.submit(sendCopy));
        }
        start.countDown();

        List<Integer> statuses = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        for (Future<MvcResult> future : futures) {
            MvcResult result = future.get(60, TimeUnit.SECONDS);
            statuses.add(result.getResponse().getStatus());
            ids.add(idOf(result));
        }
        pool.shutdown();

        assertThat(statuses).containsOnly(200, 201);
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
        assertThat(ids).containsOnly(ids.get(0));
        assertThat(storedCount((String) record.get("recordNumber"))).isEqualTo(1);
        Long headSeq = jdbc.queryForObject("select last_seq from weighing_chain_head where station_id = ?",
                Long.class, station.stationId());
        assertThat(headSeq).isEqualTo(1L);
    }

    @Test
    void sameNumberWithChangedBodyIsConflict() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("CHG-"));
        long firstId = idOf(send(record).andExpect(status().isCreated()).andReturn());

        record.put("grossKg", 48_000);
        record.put("netKg", 32_600);
        send(record).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("record_conflict"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(Long.toString(firstId))));
        assertThat(storedCount((String) record.get("recordNumber"))).isEqualTo(1);
    }

    @Test
    void unreadablePlateIsStoredAndFlagged() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("NOPLATE-"));
        record.put("plateNumber", "无车牌");
        send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags").value(hasItem("NO_READABLE_PLATE")))
                .andExpect(jsonPath("$.verdict").value("OVER_LIMIT"));
        assertThat(storedCount((String) record.get("recordNumber"))).isEqualTo(1);
    }

    @Test
    void malformedPlateIsStoredAndFlaggedInvalid() throws Exception {
        for (String plate : List.of("ABC123", "晋E1234", "晋E12345678")) {
            Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("BADPLATE-"));
            record.put("plateNumber", plate);
            record.remove("trailerPlateNumber");
            send(record).andExpect(status().isCreated())
                    .andExpect(jsonPath("$.flags").value(hasItem("PLATE_INVALID")))
                    .andExpect(jsonPath("$.flags").value(not(hasItem("NO_READABLE_PLATE"))));
            assertThat(storedCount((String) record.get("recordNumber"))).as(plate).isEqualTo(1);
        }
    }

    @Test
    void rearPlateOtherThanTrailerIsFlagged() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("SWAP-"));
        record.put("rearPlateNumber", "晋E99999");
        send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags").value(hasItem("PLATE_MISMATCH")));
    }

    @Test
    void rearTrailerPlateOfCombinationIsNotFlagged() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("TRAILER-"));
        record.put("rearPlateNumber", "晋E·1234挂");
        send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags").isEmpty());
    }

    @Test
    void unknownAxleCountIsStoredWithUnknownVerdict() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("AXLES-"));
        record.remove("axleCount");
        send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("UNKNOWN"))
                .andExpect(jsonPath("$.limitKg").doesNotExist())
                .andExpect(jsonPath("$.flags").value(hasItem("AXLE_COUNT_UNKNOWN")));
        assertThat(storedCount((String) record.get("recordNumber"))).isEqualTo(1);
    }

    @Test
    void vehicleWithoutFittingRowIsStoredUndetermined() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("ROW-"));
        record.put("axleCount", 3);
        record.remove("vehicleType");
        send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.verdict").value("UNKNOWN"))
                .andExpect(jsonPath("$.flags").value(hasItem("LIMIT_UNDETERMINED")));
    }

    @Test
    void unconfiguredLaneIsFlagged() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("LANE-"));
        record.put("laneNo", 9);
        send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags").value(hasItem("LANE_UNKNOWN")))
                .andExpect(jsonPath("$.flags").value(not(hasItem("DIRECTION_MISMATCH"))));
    }

    @Test
    void compliantTwoAxleTruck() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("OK-"));
        record.put("axleCount", 2);
        record.put("vehicleType", "TRUCK");
        record.put("grossKg", 17_500);
        record.put("tareKg", 7_500);
        record.put("netKg", 10_000);
        send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.limitKg").value(18_000))
                .andExpect(jsonPath("$.excessKg").value(0))
                .andExpect(jsonPath("$.verdict").value("COMPLIANT"));
    }

    @Test
    void batchAnswersEachRecord() throws Exception {
        Map<String, Object> good = SampleRecords.sixAxle(TestData.unique("B-OK-"));
        Map<String, Object> bad = SampleRecords.sixAxle(TestData.unique("B-BAD-"));
        bad.put("grossKg", 0);
        String json = SampleRecords.json(Map.of("records", List.of(good, bad, good)));

        mvc.perform(signedPost(PATH + "/batch", station.keyId(), station.secret(), json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.created").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.results[0].status").value("CREATED"))
                .andExpect(jsonPath("$.results[1].status").value("REJECTED"))
                .andExpect(jsonPath("$.results[1].code").value("validation_failed"))
                .andExpect(jsonPath("$.results[1].problems[0].field").value("grossKg"))
                .andExpect(jsonPath("$.results[2].status").value("DUPLICATE"))
                .andExpect(jsonPath("$.results[2].result.duplicate").value(true));
        assertThat(storedCount((String) bad.get("recordNumber"))).isZero();
    }

    @Test
    void batchOverLimitIsRejectedWhole() throws Exception {
        List<Map<String, Object>> records = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            records.add(Map.of("recordNumber", "X" + i));
        }
        mvc.perform(signedPost(PATH + "/batch", station.keyId(), station.secret(),
                        SampleRecords.json(Map.of("records", records))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("batch_too_large"));
    }

    @Test
    void batchWithoutRecordsArrayIsUnreadable() throws Exception {
        mvc.perform(signedPost(PATH + "/batch", station.keyId(), station.secret(), "[1,2]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("body_unreadable"));
    }

    private static long idOf(MvcResult result) throws Exception {
        JsonNode body = JSON.readTree(result.getResponse().getContentAsString());
        return body.get("id").asLong();
    }
}

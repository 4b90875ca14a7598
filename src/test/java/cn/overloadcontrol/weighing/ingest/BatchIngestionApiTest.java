package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Plates;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.weighing.VehicleRegistration;
import cn.overloadcontrol.weighing.VehicleRegistry;
import cn.overloadcontrol.weighing.VehicleType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/v1/weighings/batch stores a batch's records together, with the outcomes, chain and
 * judgement that sending them one by one in the same order gives.
 */
@IntegrationTest
class BatchIngestionApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    VehicleRegistry registry;
    @Autowired
    IngestionService ingestion;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    @Test
    void batchContinuesChainInBatchOrder() throws Exception {
        RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("B-CHAIN-")));
        List<Map<String, Object>> batch = List.of(SampleRecords.sixAxle(TestData.unique("B-CHAIN-")),
                SampleRecords.sixAxle(TestData.unique("B-CHAIN-")), SampleRecords.sixAxle(TestData.unique("B-CHAIN-")));

        JsonNode response = sendBatch(batch);
        RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("B-CHAIN-")));

        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, record_number, chain_seq from weighing_record where station_id = ? order by chain_seq",
                station.stationId());
        assertThat(rows).extracting(row -> row.get("chain_seq")).containsExactly(1L, 2L, 3L, 4L, 5L);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(rows.get(i + 1).get("record_number")).isEqualTo(batch.get(i).get("recordNumber"));
            assertThat(rows.get(i + 1).get("id")).isEqualTo(response.get("results").get(i).get("result").get("id")
                    .asLong());
        }
        assertThat(verifier.check(station.stationId()).intact()).isTrue();
    }

    @Test
    void resentBatchIsAllDuplicates() throws Exception {
        List<Map<String, Object>> batch = List.of(SampleRecords.sixAxle(TestData.unique("B-AGAIN-")),
                SampleRecords.sixAxle(TestData.unique("B-AGAIN-")));

        JsonNode first = sendBatch(batch);
        JsonNode again = sendBatch(batch);

        assertThat(again.get("duplicates").asInt()).isEqualTo(2);
        assertThat(again.get("created").asInt()).isZero();
        for (int i = 0; i < batch.size(); i++) {
            JsonNode stored = first.get("results").get(i).get("result");
            JsonNode duplicate = again.get("results").get(i).get("result");
            assertThat(again.get("results").get(i).get("status").asString()).isEqualTo("DUPLICATE");
            assertThat(duplicate.get("id")).isEqualTo(stored.get("id"));
            assertThat(duplicate.get("recordHash")).isEqualTo(stored.get("recordHash"));
            assertThat(duplicate.get("receivedAt")).isEqualTo(stored.get("receivedAt"));
            assertThat(duplicate.get("duplicate").asBoolean()).isTrue();
        }
    }

    @Test
    void repeatedNumberInOneBatch() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("B-TWICE-"));
        Map<String, Object> changed = new LinkedHashMap<>(record);
        changed.put("cargoName", "焦炭");

        JsonNode response = sendBatch(List.of(record, changed, record));

        JsonNode results = response.get("results");
        long storedId = results.get(0).get("result").get("id").asLong();
        assertThat(results.get(0).get("status").asString()).isEqualTo("CREATED");
        assertThat(results.get(1).get("status").asString()).isEqualTo("CONFLICT");
        assertThat(results.get(1).get("code").asString()).isEqualTo("record_conflict");
        assertThat(results.get(1).get("existingId").asLong()).isEqualTo(storedId);
        assertThat(results.get(2).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(results.get(2).get("result").get("id").asLong()).isEqualTo(storedId);
        assertThat(storedCount((String) record.get("recordNumber"))).isEqualTo(1);
    }

    @Test
    void numberStoredBeforeIsConflictInBatch() throws Exception {
        Map<String, Object> earlier = SampleRecords.sixAxle(TestData.unique("B-EARLIER-"));
        long earlierId = RecordSender.send(mvc, station, earlier);
        Map<String, Object> changed = new LinkedHashMap<>(earlier);
        changed.put("cargoName", "焦炭");
        Map<String, Object> fresh = SampleRecords.sixAxle(TestData.unique("B-EARLIER-"));

        JsonNode results = sendBatch(List.of(changed, fresh, earlier)).get("results");

        assertThat(results.get(0).get("status").asString()).isEqualTo("CONFLICT");
        assertThat(results.get(0).get("existingId").asLong()).isEqualTo(earlierId);
        assertThat(results.get(1).get("status").asString()).isEqualTo("CREATED");
        assertThat(results.get(2).get("status").asString()).isEqualTo("DUPLICATE");
        assertThat(results.get(2).get("result").get("id").asLong()).isEqualTo(earlierId);
        assertThat(verifier.check(station.stationId()).intact()).isTrue();
    }

    @Test
    void batchJudgesWithRegistryMasses() throws Exception {
        String registeredPlate = Plates.unique();
        registry.upsertAll(List.of(new VehicleRegistration(registeredPlate, 6, VehicleType.ARTICULATED, 40_000,
                25_000, null, null)), "测试");
        Map<String, Object> fromRegistry = RecordSender.record(registeredPlate, 52_400, "HOLD");
        Map<String, Object> ownMasses = RecordSender.record(registeredPlate, 52_400, "HOLD");
        ownMasses.put("registeredTotalMassKg", 60_000);
        ownMasses.put("registeredLoadKg", 40_000);
        Map<String, Object> unregistered = RecordSender.record(Plates.unique(), 52_400, "HOLD");

        JsonNode results = sendBatch(List.of(fromRegistry, ownMasses, unregistered)).get("results");

        assertThat(row(results.get(0))).containsEntry("overload_verdict", "OVERLOADED")
                .containsEntry("registered_mass_source", "REGISTRY").containsEntry("registry_total_mass_kg", 40_000);
        assertThat(row(results.get(1))).containsEntry("overload_verdict", "NOT_OVERLOADED")
                .containsEntry("registered_mass_source", "RECORD");
        assertThat(row(results.get(2))).containsEntry("overload_verdict", "NOT_JUDGEABLE");
        assertThat(row(results.get(2)).get("registered_mass_source")).isNull();
        assertThat(verifier.check(station.stationId()).intact()).isTrue();
    }

    @Test
    void rejectedRecordsLeaveOthersStored() throws Exception {
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("B-MIX-"));
            if (i % 2 == 1) {
                record.put("axleCount", 99);
            }
            batch.add(record);
        }

        JsonNode response = sendBatch(batch);

        assertThat(response.get("created").asInt()).isEqualTo(2);
        assertThat(response.get("rejected").asInt()).isEqualTo(2);
        assertThat(storedCount((String) batch.get(1).get("recordNumber"))).isZero();
        assertThat(storedCount((String) batch.get(2).get("recordNumber"))).isEqualTo(1);
        assertThat(verifier.check(station.stationId()).intact()).isTrue();
    }

    @Test
    void failedBatchStoresOneByOne() {
        Map<String, Object> first = SampleRecords.sixAxle(TestData.unique("B-FAIL-"));
        Map<String, Object> second = SampleRecords.sixAxle(TestData.unique("B-FAIL-"));
        List<IngestionService.Submission> submissions = List.of(
                new IngestionService.Submission(request(first), recordId -> { }),
                new IngestionService.Submission(request(second), recordId -> {
                    throw new IllegalStateException("media store failed");
                }));
        StationPrincipal sender = new StationPrincipal(station.stationId(), "S", station.keyId());

        assertThatThrownBy(() -> ingestion.ingestAll(sender, submissions)).hasMessage("media store failed");

        assertThat(storedCount((String) first.get("recordNumber"))).as("stored on its own").isEqualTo(1);
        assertThat(storedCount((String) second.get("recordNumber"))).isZero();
        assertThat(verifier.check(station.stationId()).intact()).isTrue();
    }

    private static WeighingRecordRequest request(Map<String, Object> record) {
        return JSON.convertValue(record, WeighingRecordRequest.class);
    }

    private JsonNode sendBatch(List<Map<String, Object>> records) throws Exception {
        String body = mvc.perform(signedPost("/api/v1/weighings/batch", station.keyId(), station.secret(),
                SampleRecords.json(Map.of("records", records)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        return JSON.readTree(body);
    }

    private int storedCount(String recordNumber) {
        Integer count = jdbc.queryForObject(
                "select count(*) from weighing_record where station_id = ? and record_number = ?", Integer.class,
                station.stationId(), recordNumber);
        return count == null ? 0 : count;
    }

    private Map<String, Object> row(JsonNode result) {
        return jdbc.queryForMap("""
                select overload_verdict, registered_mass_source, registry_total_mass_kg
                from weighing_record where id = ?
                """, result.get("result").get("id").asLong());
    }
}

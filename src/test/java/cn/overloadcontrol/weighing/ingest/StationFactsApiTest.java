package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The plate read, evidence report and LED message a station sends with a record: validated,
 * stored on the record, covered by its content hash and chain, flagged when a photo is missing
 * and shown on the record page.
 */
@IntegrationTest
class StationFactsApiTest {

    private static final String PATH = "/api/v1/weighings";
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
    PlatformTransactionManager transactionManager;

    TestData.StationWithKey station;

    @BeforeEach
    void createStation() {
        station = data.stationWithKey();
    }

    static Map<String, Object> plateRead() {
        Map<String, Object> read = new LinkedHashMap<>();
        read.put("source", "CAMERA");
        read.put("vendor", "HIKVISION");
        read.put("cameraId", "plate-in");
        read.put("rawPlate", "晋E12345");
        read.put("rawColor", "2");
        read.put("confidence", 96);
        read.put("readAt", SampleRecords.minutesAgo(5));
        return read;
    }

    static Map<String, Object> evidence(String missingKind) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("cameraId", "side");
        item.put("position", "SIDE");
        item.put("kind", missingKind);
        item.put("reason", "连接超时（5 秒）");
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("cameras", 3);
        evidence.put("missing", new ArrayList<>(List.of(item)));
        return evidence;
    }

    static Map<String, Object> ledMessage() {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("text", "晋E12345 49.02吨 超限3.02吨 禁止出场");
        message.put("boardId", "exit");
        message.put("protocol", "onbon-bx5k");
        message.put("address", "127.0.0.1:5005");
        message.put("shownAt", SampleRecords.minutesAgo(4));
        message.put("outcome", "SHOWN");
        message.put("error", null);
        return message;
    }

    static Map<String, Object> recordWithFacts(String prefix, String missingKind) {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique(prefix));
        record.put("plateRead", plateRead());
        record.put("evidence", evidence(missingKind));
        record.put("ledMessage", ledMessage());
        return record;
    }

    @Test
    void factsAreStoredAsCanonicalJson() throws Exception {
        long id = idOf(send(recordWithFacts("FACTS-", "CLIP")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags", not(hasItem("PHOTO_MISSING")))).andReturn());

        Map<String, Object> row = jdbc.queryForMap(
                "select plate_read_json, evidence_json, led_message_json from weighing_record where id = ?", id);
        assertThat((String) row.get("plate_read_json")).startsWith("{\"cameraId\":\"plate-in\",\"confidence\":96,")
                .contains("\"source\":\"CAMERA\"").contains("\"vendor\":\"HIKVISION\"");
        assertThat((String) row.get("evidence_json")).contains("\"cameras\":3").contains("\"kind\":\"CLIP\"");
        // Times are stored as UTC instants, so a station in another offset hashes the same.
        assertThat((String) row.get("led_message_json")).contains("\"outcome\":\"SHOWN\"").contains("Z\"")
                .doesNotContain("error");
    }

    @Test
    void missingSnapshotFlagsPhotoMissing() throws Exception {
        long id = idOf(send(recordWithFacts("FACTS-PM-", "SNAPSHOT")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags", hasItem("PHOTO_MISSING"))).andReturn());

        String[] flags = (String[]) jdbc.queryForObject("select flags from weighing_record where id = ?",
                java.sql.Array.class, id).getArray();
        assertThat(flags).contains("PHOTO_MISSING");
    }

    @Test
    void missingClipFlagsClipMissing() throws Exception {
        String plate = uniquePlate();
        Map<String, Object> record = recordWithFacts("FACTS-CM-", "CLIP");
        record.put("plateNumber", plate);
        record.remove("trailerPlateNumber");
        long id = idOf(send(record).andExpect(status().isCreated())
                .andExpect(jsonPath("$.flags", hasItem("CLIP_MISSING")))
                .andExpect(jsonPath("$.flags", not(hasItem("PHOTO_MISSING")))).andReturn());

        mvc.perform(get("/weighings").param("flag", "CLIP_MISSING").param("plate", plate)
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/weighings/" + id + "\"")))
                .andExpect(content().string(containsString("视频缺失")));
    }

    @Test
    void photoMissingFilterListsOnlyFlagged() throws Exception {
        String plate = uniquePlate();
        Map<String, Object> flagged = recordWithFacts("FACTS-FL-", "SNAPSHOT");
        flagged.put("plateNumber", plate);
        flagged.remove("trailerPlateNumber");
        long flaggedId = idOf(send(flagged).andExpect(status().isCreated()).andReturn());
        Map<String, Object> clean = recordWithFacts("FACTS-FL0-", "CLIP");
        clean.put("plateNumber", plate);
        clean.remove("trailerPlateNumber");
        long cleanId = idOf(send(clean).andExpect(status().isCreated()).andReturn());

        mvc.perform(get("/weighings").param("flag", "PHOTO_MISSING").param("plate", plate)
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/weighings/" + flaggedId + "\"")))
                .andExpect(content().string(not(containsString("/weighings/" + cleanId + "\""))))
                .andExpect(content().string(containsString("照片缺失")));
    }

    @Test
    void photoMissingDoesNotQueueForOfficers() throws Exception {
        long id = idOf(send(recordWithFacts("FACTS-Q-", "SNAPSHOT")).andExpect(status().isCreated()).andReturn());

        Integer items = jdbc.queryForObject("select count(*) from review_item where record_id = ?", Integer.class,
                id);
        assertThat(items).isZero();
    }

    @Test
    void sameFactsResentIsDuplicate() throws Exception {
        Map<String, Object> record = recordWithFacts("FACTS-DUP-", "SNAPSHOT");
        long firstId = idOf(send(record).andExpect(status().isCreated()).andReturn());

        send(record).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(firstId))
                .andExpect(jsonPath("$.duplicate").value(true));
    }

    @Test
    void changedLedMessageIsConflict() throws Exception {
        Map<String, Object> record = recordWithFacts("FACTS-LED-", "CLIP");
        send(record).andExpect(status().isCreated());

        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) record.get("ledMessage");
        message.put("outcome", "FAILED");
        message.put("error", "连接被拒绝");
        send(record).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("record_conflict"));
    }

    @Test
    void changedPlateReadAndEvidenceAreConflicts() throws Exception {
        Map<String, Object> record = recordWithFacts("FACTS-CHG-", "CLIP");
        send(record).andExpect(status().isCreated());

        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) record.get("plateRead");
        read.put("confidence", 80);
        send(record).andExpect(status().isConflict());

        read.put("confidence", 96);
        record.put("evidence", evidence("SNAPSHOT"));
        send(record).andExpect(status().isConflict());
    }

    @Test
    void factsAddedOnResendIsConflict() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("FACTS-ADD-"));
        send(record).andExpect(status().isCreated());

        record.put("ledMessage", ledMessage());
        send(record).andExpect(status().isConflict());
    }

    @Test
    void batchRecordsCarryFacts() throws Exception {
        Map<String, Object> withFacts = recordWithFacts("FACTS-B-", "SNAPSHOT");
        Map<String, Object> without = SampleRecords.sixAxle(TestData.unique("FACTS-B0-"));
        String json = SampleRecords.json(Map.of("records", List.of(withFacts, without)));

        mvc.perform(signedPost(PATH + "/batch", station.keyId(), station.secret(), json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.results[0].result.flags", hasItem("PHOTO_MISSING")));
        Integer withJson = jdbc.queryForObject("""
                select count(*) from weighing_record where station_id = ? and led_message_json is not null
                   and plate_read_json is not null and evidence_json is not null
                """, Integer.class, station.stationId());
        assertThat(withJson).isEqualTo(1);
    }

    @Test
    void chainCoversFactsAndOldRecords() throws Exception {
        send(SampleRecords.sixAxle(TestData.unique("FACTS-OLD-"))).andExpect(status().isCreated());
        long id = idOf(send(recordWithFacts("FACTS-CH-", "SNAPSHOT")).andExpect(status().isCreated()).andReturn());
        assertThat(verifier.check(station.stationId()).intact()).isTrue();

        tamper("update weighing_record set led_message_json = replace(led_message_json, '禁止出场', '请通行')"
                + " where id = ?", id);

        ChainCheckReport report = verifier.check(station.stationId());
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.CONTENT_CHANGED);
        assertThat(report.firstBreak().recordId()).isEqualTo(id);
    }

    @Test
    void detailPageShowsPlateReadMissingAndLed() throws Exception {
        Map<String, Object> record = recordWithFacts("FACTS-PAGE-", "SNAPSHOT");
        @SuppressWarnings("unchecked")
        Map<String, Object> message = (Map<String, Object>) record.get("ledMessage");
        message.put("outcome", "FAILED");
        message.put("error", "连接被拒绝");
        long id = idOf(send(record).andExpect(status().isCreated()).andReturn());

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name("weighing/detail"))
                .andExpect(model().attributeExists("photos", "clips"))
                .andExpect(content().string(containsString("车牌识别")))
                .andExpect(content().string(containsString("海康威视")))
                .andExpect(content().string(containsString("plate-in")))
                .andExpect(content().string(containsString(">96<")))
                .andExpect(content().string(containsString("缺失的证据")))
                .andExpect(content().string(containsString("侧面")))
                .andExpect(content().string(containsString("连接超时（5 秒）")))
                .andExpect(content().string(containsString("晋E12345 49.02吨 超限3.02吨 禁止出场")))
                .andExpect(content().string(containsString("显示失败")))
                .andExpect(content().string(containsString("连接被拒绝")))
                .andExpect(content().string(containsString("照片缺失")));
    }

    @Test
    void detailPageShowsCameraColourInChinese() throws Exception {
        Map<String, Object> record = recordWithFacts("FACTS-COLOUR-", "SNAPSHOT");
        @SuppressWarnings("unchecked")
        Map<String, Object> read = (Map<String, Object>) record.get("plateRead");
        read.put("rawColor", "yellow");
        long id = idOf(send(record).andExpect(status().isCreated()).andReturn());

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("黄色（yellow）")));
    }

    @Test
    void detailPageWithoutFactsHidesBlocks() throws Exception {
        long id = idOf(send(SampleRecords.sixAxle(TestData.unique("FACTS-NONE-"))).andExpect(status().isCreated())
                .andReturn());

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"plate-read\""))))
                .andExpect(content().string(not(containsString("id=\"led-message\""))))
                .andExpect(content().string(containsString("无照片和视频")));
    }

    static Stream<Arguments> badFacts() {
        return Stream.of(
                bad("plate source missing", r -> part(r, "plateRead").remove("source"), "plateRead.source", null,
                        "required"),
                bad("plate source unknown", r -> part(r, "plateRead").put("source", "RADAR"), "plateRead.source",
                        "RADAR", "enum.invalid"),
                bad("vendor unknown", r -> part(r, "plateRead").put("vendor", "ACME"), "plateRead.vendor", "ACME",
                        "enum.invalid"),
                bad("confidence above 100", r -> part(r, "plateRead").put("confidence", 101),
                        "plateRead.confidence", "101", "number.out_of_range"),
                bad("confidence negative", r -> part(r, "plateRead").put("confidence", -1), "plateRead.confidence",
                        "-1", "number.out_of_range"),
                bad("raw plate too long", r -> part(r, "plateRead").put("rawPlate", "晋".repeat(33)),
                        "plateRead.rawPlate", "晋".repeat(33), "too_long"),
                bad("raw colour too long", r -> part(r, "plateRead").put("rawColor", "x".repeat(17)),
                        "plateRead.rawColor", "x".repeat(17), "too_long"),
                bad("camera id too long", r -> part(r, "plateRead").put("cameraId", "c".repeat(65)),
                        "plateRead.cameraId", "c".repeat(65), "too_long"),
                bad("read time invalid", r -> part(r, "plateRead").put("readAt", "yesterday"), "plateRead.readAt",
                        "yesterday", "time.invalid"),
                bad("unknown plate read field", r -> part(r, "plateRead").put("plate", "晋E1"), "plateRead.plate",
                        null, "json.unknown_field"),
                bad("cameras missing", r -> part(r, "evidence").remove("cameras"), "evidence.cameras", null,
                        "required"),
                bad("cameras above 16", r -> part(r, "evidence").put("cameras", 17), "evidence.cameras", "17",
                        "number.out_of_range"),
                bad("missing kind unknown", r -> missingItem(r).put("kind", "AUDIO"), "evidence.missing[0].kind",
                        "AUDIO", "enum.invalid"),
                bad("missing position unknown", r -> missingItem(r).put("position", "LEFT"),
                        "evidence.missing[0].position", "LEFT", "enum.invalid"),
                bad("missing camera id absent", r -> missingItem(r).remove("cameraId"),
                        "evidence.missing[0].cameraId", null, "required"),
                bad("reason too long", r -> missingItem(r).put("reason", "慢".repeat(201)),
                        "evidence.missing[0].reason", "慢".repeat(201), "too_long"),
                bad("too many missing", r -> part(r, "evidence").put("missing", manyMissing(33)),
                        "evidence.missing", "33", "evidence.too_many_missing"),
                bad("unknown missing field", r -> missingItem(r).put("url", "x"), "evidence.missing[0].url", null,
                        "json.unknown_field"),
                bad("led text missing", r -> part(r, "ledMessage").remove("text"), "ledMessage.text", null,
                        "required"),
                bad("led text too long", r -> part(r, "ledMessage").put("text", "字".repeat(201)), "ledMessage.text",
                        "字".repeat(201), "too_long"),
                bad("led outcome unknown", r -> part(r, "ledMessage").put("outcome", "MAYBE"), "ledMessage.outcome",
                        "MAYBE", "enum.invalid"),
                bad("led outcome missing", r -> part(r, "ledMessage").remove("outcome"), "ledMessage.outcome", null,
                        "required"),
                bad("led error too long", r -> part(r, "ledMessage").put("error", "错".repeat(201)),
                        "ledMessage.error", "错".repeat(201), "too_long"),
                bad("shown time invalid", r -> part(r, "ledMessage").put("shownAt", "2026-13-01T00:00:00+08:00"),
                        "ledMessage.shownAt", "2026-13-01T00:00:00+08:00", "time.invalid"),
                bad("unknown led field", r -> part(r, "ledMessage").put("voice", true), "ledMessage.voice", null,
                        "json.unknown_field"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFacts")
    void badFactRejectsRecord(String name, Consumer<Map<String, Object>> change, String field, String value,
            String code) throws Exception {
        Map<String, Object> record = recordWithFacts("FACTS-BAD-", "SNAPSHOT");
        change.accept(record);

        ResultActions result = send(record).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("validation_failed"))
                .andExpect(jsonPath("$.problems[0].field").value(field))
                .andExpect(jsonPath("$.problems[0].code").value(code))
                .andExpect(jsonPath("$.problems[0].message").isNotEmpty());
        if (value != null) {
            result.andExpect(jsonPath("$.problems[0].value").value(value));
        }
        Integer stored = jdbc.queryForObject("select count(*) from weighing_record_key where station_id = ?",
                Integer.class, station.stationId());
        assertThat(stored).isZero();
    }

    @Test
    void operatorReadWithoutVendorIsAccepted() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("FACTS-OP-"));
        record.put("plateRead", new LinkedHashMap<>(Map.of("source", "OPERATOR")));
        Map<String, Object> evidence = new LinkedHashMap<>(Map.of("cameras", 0));
        record.put("evidence", evidence);

        send(record).andExpect(status().isCreated());
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String value,
            String code) {
        return Arguments.of(name, change, field, value, code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(Map<String, Object> record, String name) {
        return (Map<String, Object>) record.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> missingItem(Map<String, Object> record) {
        return ((List<Map<String, Object>>) part(record, "evidence").get("missing")).get(0);
    }

    private static List<Map<String, Object>> manyMissing(int count) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            items.add(Map.of("cameraId", "cam" + i, "position", "FRONT", "kind", "SNAPSHOT"));
        }
        return items;
    }

    private static String uniquePlate() {
        return cn.overloadcontrol.support.Plates.unique();
    }

    /** Runs SQL past the append-only triggers, as a person with superuser rights could. */
    private void tamper(String sql, Object... args) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql, args);
        });
    }

    private ResultActions send(Map<String, Object> record) throws Exception {
        return mvc.perform(signedPost(PATH, station.keyId(), station.secret(), SampleRecords.json(record)));
    }

    private static long idOf(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString()).get("id").asLong();
    }
}

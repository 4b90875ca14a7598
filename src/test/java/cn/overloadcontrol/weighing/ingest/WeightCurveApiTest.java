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
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The weight curve and raw frames sent with a record: stored next to it, covered by its content
 * hash (so idempotency and the hash chain include them) and drawn on the record page.
 */
@IntegrationTest
class WeightCurveApiTest {

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

    /** Returns a drive onto the deck: rising readings, then stable at the record's 52,400 kg. */
    static Map<String, Object> curve() {
        List<Map<String, Object>> points = new ArrayList<>();
        int[] readings = {0, 12_000, 31_000, 48_000, 52_380, 52_400, 52_400};
        for (int i = 0; i < readings.length; i++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("t", i * 500);
            point.put("kg", readings[i]);
            point.put("stable", i >= 5);
            points.add(point);
        }
        List<Map<String, Object>> frames = List.of(
                Map.of("t", 0, "hex", "02 2B 30 30 30 30 30 30 03"),
                Map.of("t", 3000, "hex", "022b303532343030 03"));
        Map<String, Object> curve = new LinkedHashMap<>();
        curve.put("points", points);
        curve.put("frames", frames);
        return curve;
    }

    static Map<String, Object> recordWithCurve(String prefix) {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique(prefix));
        record.put("weightCurve", curve());
        return record;
    }

    @Test
    void curveIsStoredWithRecord() throws Exception {
        Map<String, Object> record = recordWithCurve("CURVE-");

        long id = idOf(send(record).andExpect(status().isCreated()).andReturn());

        Map<String, Object> row = jdbc.queryForMap(
                "select curve_json, point_count, frame_count from weighing_record_curve where record_id = ?", id);
        assertThat(row.get("point_count")).isEqualTo(7);
        assertThat(row.get("frame_count")).isEqualTo(2);
        // Hex is stored upper case in single-spaced pairs, whatever spacing the station used.
        assertThat((String) row.get("curve_json")).contains("\"hex\":\"02 2B 30 35 32 34 30 30 03\"");
        String curveSha = jdbc.queryForObject("select weight_curve_sha256 from weighing_record where id = ?",
                String.class, id);
        assertThat(curveSha).isEqualTo(CanonicalJson.sha256Hex((String) row.get("curve_json")));
    }

    @Test
    void detailPageDrawsCurveAndFrames() throws Exception {
        long id = idOf(send(recordWithCurve("CURVE-PAGE-")).andExpect(status().isCreated()).andReturn());

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name("weighing/detail"))
                .andExpect(model().attributeExists("curveChart"))
                .andExpect(content().string(containsString("class=\"curve-line\"")))
                .andExpect(content().string(containsString("class=\"curve-stable\"")))
                .andExpect(content().string(containsString("稳定 52,400 kg（2.5 s）")))
                .andExpect(content().string(containsString("原始报文 2 帧")))
                .andExpect(content().string(containsString("02 2B 30 30 30 30 30 30 03")))
                .andExpect(content().string(not(containsString("无称重曲线"))));
    }

    @Test
    void detailPageWithoutCurveSaysSo() throws Exception {
        long id = idOf(send(SampleRecords.sixAxle(TestData.unique("NOCURVE-"))).andExpect(status().isCreated())
                .andReturn());

        mvc.perform(get("/weighings/{id}", id).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("curveChart", (Object) null))
                .andExpect(content().string(containsString("无称重曲线")));
    }

    @Test
    void sameCurveResentIsDuplicate() throws Exception {
        Map<String, Object> record = recordWithCurve("CURVE-DUP-");
        long firstId = idOf(send(record).andExpect(status().isCreated()).andReturn());

        send(record).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(firstId))
                .andExpect(jsonPath("$.duplicate").value(true));
        Integer curves = jdbc.queryForObject("select count(*) from weighing_record_curve where record_id = ?",
                Integer.class, firstId);
        assertThat(curves).isEqualTo(1);
    }

    @Test
    void changedCurveIsConflict() throws Exception {
        Map<String, Object> record = recordWithCurve("CURVE-CHG-");
        send(record).andExpect(status().isCreated());

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> points = (List<Map<String, Object>>) ((Map<String, Object>) record
                .get("weightCurve")).get("points");
        points.get(3).put("kg", 47_000);
        send(record).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("record_conflict"));
    }

    @Test
    void curveAddedOnResendIsConflict() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("CURVE-ADD-"));
        send(record).andExpect(status().isCreated());

        record.put("weightCurve", curve());
        send(record).andExpect(status().isConflict());
    }

    @Test
    void batchRecordsCarryCurves() throws Exception {
        Map<String, Object> withCurve = recordWithCurve("CURVE-B-");
        Map<String, Object> without = SampleRecords.sixAxle(TestData.unique("CURVE-B0-"));
        String json = SampleRecords.json(Map.of("records", List.of(withCurve, without)));

        mvc.perform(signedPost(PATH + "/batch", station.keyId(), station.secret(), json))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2));
        Integer curves = jdbc.queryForObject("""
                select count(*) from weighing_record_curve c join weighing_record_key k on k.record_id = c.record_id
                 where k.station_id = ?
                """, Integer.class, station.stationId());
        assertThat(curves).isEqualTo(1);
    }

    static Stream<Arguments> badCurves() {
        return Stream.of(
                bad("too many points", c -> c.put("points", manyPoints(3_001)), "weightCurve.points", "3001",
                        "curve.too_many_points"),
                bad("negative reading", c -> point(c, 2).put("kg", -20), "weightCurve.points[2].kg", "-20",
                        "number.out_of_range"),
                bad("reading above 200 t", c -> point(c, 2).put("kg", 200_001), "weightCurve.points[2].kg",
                        "200001", "number.out_of_range"),
                bad("reading missing", c -> point(c, 1).remove("kg"), "weightCurve.points[1].kg", null, "required"),
                bad("time going back", c -> point(c, 3).put("t", 400), "weightCurve.points[3].t", "400",
                        "curve.time_decreasing"),
                bad("negative time", c -> point(c, 0).put("t", -1), "weightCurve.points[0].t", "-1",
                        "number.out_of_range"),
                bad("fractional reading", c -> point(c, 1).put("kg", 12_000.5), "weightCurve.points[1].kg", null,
                        "json.type_mismatch"),
                bad("unknown point field", c -> point(c, 1).put("weight", 1), "weightCurve.points[1].weight", null,
                        "json.unknown_field"),
                bad("hex not hex", c -> c.put("frames", List.of(Map.of("t", 0, "hex", "02 ZZ"))),
                        "weightCurve.frames[0].hex", "02 ZZ", "curve.hex_invalid"),
                bad("odd hex digits", c -> c.put("frames", List.of(Map.of("t", 0, "hex", "02 2"))),
                        "weightCurve.frames[0].hex", "02 2", "curve.hex_invalid"),
                bad("frame of 65 bytes", c -> c.put("frames", List.of(Map.of("t", 0, "hex", "AB".repeat(65)))),
                        "weightCurve.frames[0].hex", "AB".repeat(65), "curve.frame_too_long"),
                bad("frame time going back", c -> c.put("frames", List.of(Map.of("t", 10, "hex", "02"),
                        Map.of("t", 5, "hex", "03"))), "weightCurve.frames[1].t", "5", "curve.time_decreasing"),
                bad("too many frames", c -> c.put("frames", manyFrames(3_001)), "weightCurve.frames", "3001",
                        "curve.too_many_frames"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCurves")
    void badCurveRejectsRecord(String name, Consumer<Map<String, Object>> change, String field, String value,
            String code) throws Exception {
        Map<String, Object> record = recordWithCurve("CURVE-BAD-");
        @SuppressWarnings("unchecked")
        Map<String, Object> curve = (Map<String, Object>) record.get("weightCurve");
        change.accept(curve);

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
    void curvesAtTheLimitsAreAccepted() throws Exception {
        Map<String, Object> record = recordWithCurve("CURVE-MAX-");
        @SuppressWarnings("unchecked")
        Map<String, Object> curve = (Map<String, Object>) record.get("weightCurve");
        curve.put("points", manyPoints(3_000));
        curve.put("frames", manyFrames(3_000));

        send(record).andExpect(status().isCreated());
    }

    @Test
    void editedCurveBreaksChain() throws Exception {
        long id = idOf(send(recordWithCurve("CURVE-EDIT-")).andExpect(status().isCreated()).andReturn());
        assertThat(verifier.check(station.stationId()).intact()).isTrue();

        tamper("update weighing_record_curve set curve_json = replace(curve_json, '52380', '42380')"
                + " where record_id = ?", id);

        ChainCheckReport report = verifier.check(station.stationId());
        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.CURVE_CHANGED);
        assertThat(report.firstBreak().recordId()).isEqualTo(id);
    }

    @Test
    void deletedCurveBreaksChain() throws Exception {
        long id = idOf(send(recordWithCurve("CURVE-DEL-")).andExpect(status().isCreated()).andReturn());

        tamper("delete from weighing_record_curve where record_id = ?", id);

        ChainCheckReport report = verifier.check(station.stationId());
        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.CURVE_CHANGED);
    }

    @Test
    void editedCurveHashIsContentChange() throws Exception {
        long id = idOf(send(recordWithCurve("CURVE-SHA-")).andExpect(status().isCreated()).andReturn());

        tamper("update weighing_record set weight_curve_sha256 = null where id = ?", id);

        ChainCheckReport report = verifier.check(station.stationId());
        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.CONTENT_CHANGED);
    }

    @Test
    void storedCurvesCannotBeUpdated() throws Exception {
        long id = idOf(send(recordWithCurve("CURVE-RO-")).andExpect(status().isCreated()).andReturn());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
                "update weighing_record_curve set point_count = 0 where record_id = ?", id))
                .hasMessageContaining("append-only");
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String value,
            String code) {
        return Arguments.of(name, change, field, value, code);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> point(Map<String, Object> curve, int index) {
        return ((List<Map<String, Object>>) curve.get("points")).get(index);
    }

    private static List<Map<String, Object>> manyPoints(int count) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            points.add(Map.of("t", i * 10, "kg", 52_400));
        }
        return points;
    }

    private static List<Map<String, Object>> manyFrames(int count) {
        List<Map<String, Object>> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            frames.add(Map.of("t", i * 10, "hex", "02 2B 30 35 32 34 30 30 03"));
        }
        return frames;
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

package cn.overloadcontrol.weighing.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each rule of a weighing record: a broken rule gets 400 naming field, value and code, and stores nothing. */
@IntegrationTest
class RecordValidationApiTest {

    private static final String PATH = "/api/v1/weighings";

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

    static Stream<Arguments> rules() {
        String tenMinutesAhead = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(10).toString();
        return Stream.of(
                rule("gross weight zero", r -> r.put("grossKg", 0), "grossKg", "0", "weight.gross_out_of_range"),
                rule("gross weight above 200 t", r -> r.put("grossKg", 200_001), "grossKg", "200001",
                        "weight.gross_out_of_range"),
                rule("gross weight missing", r -> r.remove("grossKg"), "grossKg", null, "required"),
                rule("tare above gross", r -> r.put("tareKg", 60_000), "tareKg", "60000",
                        "weight.tare_above_gross"),
                rule("net not gross minus tare", r -> r.put("netKg", 36_000), "netKg", "36000",
                        "weight.net_mismatch"),
                rule("one axle", r -> r.put("axleCount", 1), "axleCount", "1", "axle_count.out_of_range"),
                rule("thirteen axles", r -> r.put("axleCount", 13), "axleCount", "13", "axle_count.out_of_range"),
                rule("weighed in the future", r -> r.put("weighedAt", tenMinutesAhead), "weighedAt",
                        tenMinutesAhead, "time.in_future"),
                rule("time without offset", r -> r.put("weighedAt", "2026-12-04 10:15:30"), "weighedAt",
                        "2026-12-04 10:15:30", "time.invalid"),
                rule("weighing time missing", r -> r.remove("weighedAt"), "weighedAt", null, "required"),
                rule("record number missing", r -> r.remove("recordNumber"), "recordNumber", null, "required"),
                rule("record number too long", r -> r.put("recordNumber", "N".repeat(65)), "recordNumber",
                        "N".repeat(65), "too_long"),
                rule("unknown direction", r -> r.put("direction", "OUT"), "direction", "OUT", "enum.invalid"),
                rule("unknown plate type", r -> r.put("plateType", "07"), "plateType", "07", "plate_type.unknown"),
                rule("unknown vehicle type", r -> r.put("vehicleType", "BUS"), "vehicleType", "BUS",
                        "enum.invalid"),
                rule("fractional kilograms", r -> r.put("grossKg", 52_400.5), "grossKg", null,
                        "json.type_mismatch"),
                rule("misspelled field", r -> r.put("grossKG", 52_400), "grossKG", null, "json.unknown_field"));
    }

    private static Arguments rule(String name, Consumer<Map<String, Object>> change, String field, String value,
            String code) {
        return Arguments.of(name, change, field, value, code);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void brokenRuleRejectsRecord(String name, Consumer<Map<String, Object>> change, String field, String value,
            String code) throws Exception {
        String number = TestData.unique("RULE-");
        Map<String, Object> record = SampleRecords.sixAxle(number);
        change.accept(record);

        var result = mvc.perform(signedPost(PATH, station.keyId(), station.secret(), SampleRecords.json(record)))
                .andExpect(status().isBadRequest())
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
    void everyProblemIsListed() throws Exception {
        Map<String, Object> record = SampleRecords.sixAxle(TestData.unique("MANY-"));
        record.put("grossKg", 0);
        record.put("axleCount", 13);
        record.put("direction", "SIDEWAYS");

        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), SampleRecords.json(record)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems.length()").value(3))
                .andExpect(jsonPath("$.problems[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("grossKg", "axleCount", "direction")));
    }

    @Test
    void malformedJsonIsUnreadable() throws Exception {
        mvc.perform(signedPost(PATH, station.keyId(), station.secret(), "{\"recordNumber\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("body_unreadable"));
    }
}

package cn.overloadcontrol.upstream.target;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldMappingTest {

    private static final Instant WEIGHED = Instant.parse("2026-12-04T02:03:04.500Z");

    private static Map<String, Object> record() {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("plateNumber", "晋E12345");
        record.put("plateColor", "YELLOW");
        record.put("grossKg", 52_400);
        record.put("weighedAt", WEIGHED);
        record.put("direction", "OUTBOUND");
        return record;
    }

    @Test
    void emptyMappingKeepsNamesAndKilograms() {
        Map<String, Object> out = FieldMappingParser.parse("{}").apply(record());
        assertThat(out).containsEntry("plateNumber", "晋E12345").containsEntry("grossKg", 52_400)
                .containsEntry("plateColor", "YELLOW").containsEntry("weighedAt", "2026-12-04T10:03:04.500+08:00");
    }

    @Test
    void tonnesUseTheScale() {
        Map<String, Object> out = FieldMappingParser.parse("{\"weightUnit\":\"t\",\"weightScale\":2}").apply(record());
        assertThat((BigDecimal) out.get("grossKg")).isEqualByComparingTo("52.40");
    }

    @Test
    void plateColourCodeSets() {
        assertThat(FieldMappingParser.parse("{\"plateColorCodes\":\"JTT_697_7_2014\"}").apply(record()))
                .containsEntry("plateColor", "2");
        assertThat(FieldMappingParser.parse("{\"plateColorCodes\":\"TOLL\"}").apply(record()))
                .containsEntry("plateColor", "1");
    }

    @Test
    void datePatternAndEpoch() {
        assertThat(FieldMappingParser.parse("{\"dateFormat\":\"yyyyMMddHHmmss\"}").apply(record()))
                .containsEntry("weighedAt", "20261204100304");
        assertThat(FieldMappingParser.parse("{\"dateFormat\":\"EPOCH_MILLIS\"}").apply(record()))
                .containsEntry("weighedAt", WEIGHED.toEpochMilli());
    }

    @Test
    void namesCodeTablesAndConstants() {
        Map<String, Object> out = FieldMappingParser.parse("""
                {"fields": {"plateNumber": "cphm", "direction": "fx"},
                 "codeTables": {"direction": {"OUTBOUND": "1"}}, "constants": {"xzqh": "140581", "v": 2}}
                """).apply(record());
        assertThat(out).containsOnlyKeys("cphm", "fx", "xzqh", "v");
        assertThat(out).containsEntry("fx", "1").containsEntry("xzqh", "140581");
    }

    @Test
    void invalidMappingsNameTheKey() {
        assertThatThrownBy(() -> FieldMappingParser.parse("{\"weightUnit\":\"lb\"}"))
                .isInstanceOfSatisfying(FieldMappingParser.InvalidMappingException.class,
                        e -> assertThat(e.key()).isEqualTo("weightUnit"));
        assertThatThrownBy(() -> FieldMappingParser.parse("{\"plateColorCodes\":\"GA\"}"))
                .hasMessageContaining("JTT_697_7_2014 or TOLL");
        assertThatThrownBy(() -> FieldMappingParser.parse("{\"dateFormat\":\"yyyy-MM-dd qqqqqq\"}"))
                .hasMessageContaining("dateFormat");
        assertThatThrownBy(() -> FieldMappingParser.parse("{\"felds\":{}}")).hasMessageContaining("unknown mapping key");
        assertThatThrownBy(() -> FieldMappingParser.parse("[1]")).hasMessageContaining("JSON object");
        assertThatThrownBy(() -> FieldMappingParser.parse("{")).hasMessageContaining("not valid JSON");
    }

    @Test
    void invalidMappingsGiveRuleAndValue() {
        String[][] cases = {
                {"{\"weightUnit\":\"lb\"}", "weight_unit", "lb"},
                {"{\"plateColorCodes\":\"GA\"}", "plate_color_codes", "GA"},
                {"{\"dateFormat\":\"yyyy-MM-dd bb\"}", "date_format", "yyyy-MM-dd bb"},
                {"{\"weightUnits\":\"t\"}", "unknown_key", "weightUnits"},
                {"{\"fields\":[1]}", "name_value_object", "fields"},
                {"[1]", "not_object", "[1]"},
                {"{\"weightUnit\":", "json_syntax", "{\"weightUnit\":"},
        };
        for (String[] c : cases) {
            assertThatThrownBy(() -> FieldMappingParser.parse(c[0])).as(c[0])
                    .isInstanceOfSatisfying(FieldMappingParser.InvalidMappingException.class, e -> {
                        assertThat(e.rule()).as(c[0]).isEqualTo(c[1]);
                        assertThat(e.value()).as(c[0]).isEqualTo(c[2]);
                    });
        }
    }

    @Test
    void syntaxErrorGivesLineAndColumn() {
        assertThatThrownBy(() -> FieldMappingParser.parse("{\n  \"weightUnit\": kg\n}"))
                .isInstanceOfSatisfying(FieldMappingParser.InvalidMappingException.class,
                        e -> assertThat(e.args()).containsExactly(2, 17));
    }
}

package cn.overloadcontrol.agent.board;

import cn.overloadcontrol.device.LedTemplate;
import cn.overloadcontrol.weighing.LimitEngine;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The station's local verdict and board text of a record request. */
class VerdictTextsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    static final LedTemplate COMPLIANT = LedTemplate.of("{plate}|{grossT}吨 正常|请通行", "{plate} 请通行");
    static final LedTemplate OVER_LIMIT = LedTemplate.of("{plate}|{grossT}吨 超限{excessT}吨|禁止出场",
            "{plate} 超限 禁止出场");
    static final LedTemplate UNKNOWN = LedTemplate.of("{plate}|{grossT}吨|结论未知 请等候", "{plate} 请等候");

    private final VerdictTexts texts = defaults();

    static VerdictTexts defaults() {
        return new VerdictTexts(LimitEngine.withBundledTables(), COMPLIANT, OVER_LIMIT, UNKNOWN);
    }

    /** Builds a record request as the passage desk journals it. */
    static ObjectNode request(String plate, long grossKg, Integer axles, String vehicleType, String releaseDecision) {
        ObjectNode request = JSON.createObjectNode();
        request.put("recordNumber", "20261205-00000057");
        request.put("plateNumber", plate);
        request.put("grossKg", grossKg);
        if (axles != null) {
            request.put("axleCount", axles);
        }
        if (vehicleType != null) {
            request.put("vehicleType", vehicleType);
        }
        request.put("weighedAt", "2026-12-05T10:15:30+08:00");
        request.put("releaseDecision", releaseDecision);
        return request;
    }

    @Test
    void sixAxleCombinationOver() {
        LocalVerdict verdict = texts.judge(request("晋E12345", 52_400, 6, "ARTICULATED", "HOLD"));

        assertThat(verdict.kind()).isEqualTo(LocalVerdict.Kind.OVER_LIMIT);
        assertThat(verdict.limitKg()).isEqualTo(49_000);
        assertThat(verdict.text()).isEqualTo("晋E12345 52.40吨 超限3.40吨 禁止出场");
        assertThat(verdict.message().lines()).containsExactly("晋E12345", "52.40吨 超限3.40吨", "禁止出场");
        assertThat(verdict.message().voice()).isEqualTo("晋E12345 超限 禁止出场");
    }

    @Test
    void sixAxleCombinationCompliant() {
        LocalVerdict verdict = texts.judge(request("晋E12345", 49_000, 6, "ARTICULATED", "RELEASE"));

        assertThat(verdict.kind()).isEqualTo(LocalVerdict.Kind.COMPLIANT);
        assertThat(verdict.text()).isEqualTo("晋E12345 49.00吨 正常 请通行");
    }

    @Test
    void warningBandIsOverLimit() {
        LocalVerdict verdict = texts.judge(request("晋E12345", 49_500, 6, "ARTICULATED", "HOLD"));

        assertThat(verdict.kind()).isEqualTo(LocalVerdict.Kind.OVER_LIMIT);
        assertThat(verdict.text()).isEqualTo("晋E12345 49.50吨 超限0.50吨 禁止出场");
    }

    @Test
    void missingAxleCountIsUnknown() {
        LocalVerdict verdict = texts.judge(request("晋E12345", 52_400, null, null, "HOLD"));

        assertThat(verdict.kind()).isEqualTo(LocalVerdict.Kind.UNKNOWN);
        assertThat(verdict.limitKg()).isNull();
        assertThat(verdict.text()).isEqualTo("晋E12345 52.40吨 结论未知 请等候");
    }

    @Test
    void threeAxlesWithoutTypeIsUnknown() {
        // 3-axle trucks (25 t) and 3-axle combinations (27 t) have different limits.
        LocalVerdict verdict = texts.judge(request("晋E12345", 26_000, 3, null, "RELEASE"));

        assertThat(verdict.kind()).isEqualTo(LocalVerdict.Kind.UNKNOWN);
    }

    @Test
    void plateDotDroppedAndMissingPlateNamed() {
        assertThat(texts.judge(request("晋E·12345", 30_000, 6, "ARTICULATED", "RELEASE")).text())
                .startsWith("晋E12345 ");
        assertThat(texts.judge(request("", 30_000, 6, "ARTICULATED", "RELEASE")).text())
                .startsWith(VerdictTexts.NO_PLATE + " ");
    }

    @Test
    void templateWithValueItsVerdictLacksIsRejected() {
        LedTemplate compliantWithExcess = LedTemplate.of("{plate} 超限{excessT}吨", null);
        LedTemplate unknownWithLimit = LedTemplate.of("{plate} 限值{limitT}吨", null);

        assertThatThrownBy(() -> new VerdictTexts(LimitEngine.withBundledTables(), compliantWithExcess, OVER_LIMIT,
                UNKNOWN)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{excessT}");
        assertThatThrownBy(() -> new VerdictTexts(LimitEngine.withBundledTables(), COMPLIANT, OVER_LIMIT,
                unknownWithLimit)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{limitT}");
    }
}

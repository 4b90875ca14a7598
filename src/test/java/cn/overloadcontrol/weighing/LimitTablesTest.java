package cn.overloadcontrol.weighing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Versions of the limit table: the weighing time picks one, and a new one never changes old results. */
class LimitTablesTest {

    private static final Vehicle SIX_AXLES = Vehicle.of(6, VehicleType.ARTICULATED);

    @Test
    void bundledTablesContain2016Version() {
        LimitTables tables = LimitTableLoader.loadBundled();

        assertThat(tables.versions()).extracting(LimitTable::version).containsExactly("2016-09-21");
        LimitTable table = tables.versions().get(0);
        assertThat(table.name()).isEqualTo("2016认定标准");
        assertThat(table.effectiveFrom()).isEqualTo(time("2016-09-21T00:00:00+08:00"));
        assertThat(table.effectiveUntil()).isNull();
        assertThat(table.warningBandKg()).isEqualTo(1000);
        assertThat(table.singleTyreReductionKg()).isEqualTo(3000);
    }

    @Test
    void laterVersionLeavesEarlierWeighingsAlone() {
        LimitEngine engine = new LimitEngine(withVersion(table("2030-01-01", "2030-01-01T00:00:00+08:00", null, 50000)));

        Limit before = engine.limitFor(SIX_AXLES, time("2029-12-31T23:59:59+08:00"));
        Limit after = engine.limitFor(SIX_AXLES, time("2030-01-01T00:00:00+08:00"));

        assertThat(before.limitKg()).isEqualTo(49_000);
        assertThat(before.tableVersion()).isEqualTo("2016-09-21");
        assertThat(before.basis()).isEqualTo("六轴及以上汽车列车 49000kg（2016认定标准 v2016-09-21）");
        assertThat(after.limitKg()).isEqualTo(50_000);
        assertThat(after.tableVersion()).isEqualTo("2030-01-01");
        assertThat(after.basis()).isEqualTo("六轴及以上汽车列车 50000kg（测试标准 v2030-01-01）");
    }

    @Test
    void nothingInForceAfterLastVersionEnds() {
        LimitEngine engine = new LimitEngine(withVersion(
                table("2030-01-01", "2030-01-01T00:00:00+08:00", "2031-01-01T00:00:00+08:00", 50000)));

        assertThat(engine.limitFor(SIX_AXLES, time("2030-12-31T23:59:59+08:00")).limitKg()).isEqualTo(50_000);
        assertThatThrownBy(() -> engine.limitFor(SIX_AXLES, time("2031-01-01T00:00:00+08:00")))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("weighedAt");
                    assertThat(e.rule()).contains("测试标准 v2030-01-01 from 2030-01-01T00:00+08:00"
                            + " until 2031-01-01T00:00+08:00");
                });
    }

    @Test
    void duplicateVersionRejected() {
        LimitTable copy = table("2016-09-21", "2020-01-01T00:00:00+08:00", null, 50000);

        assertThatThrownBy(() -> withVersion(copy))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version 2016-09-21 appears twice");
    }

    @Test
    void sameStartRejected() {
        LimitTable rival = table("rival", "2016-09-21T00:00:00+08:00", null, 50000);

        assertThatThrownBy(() -> withVersion(rival))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two limit tables start at 2016-09-21T00:00+08:00");
    }

    private static LimitTables withVersion(LimitTable extra) {
        List<LimitTable> versions = new ArrayList<>(LimitTableLoader.loadBundled().versions());
        versions.add(extra);
        return new LimitTables(versions);
    }

    private static LimitTable table(String version, String from, String until, int sixAxleLimitKg) {
        String json = """
                {"version": "%s", "name": "测试标准", "source": "test", "effectiveFrom": "%s", "effectiveUntil": %s,
                 "warningBandKg": 1000, "singleTyreReductionKg": 3000,
                 "rows": [{"id": "6-axle-combination", "name": "六轴及以上汽车列车", "source": "test",
                           "minAxles": 6, "maxAxles": 12, "vehicleTypes": ["ARTICULATED"], "limitKg": %d}]}
                """.formatted(version, from, until == null ? "null" : "\"" + until + "\"", sixAxleLimitKg);
        return LimitTableLoader.parse("test", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static Instant time(String text) {
        return OffsetDateTime.parse(text).toInstant();
    }
}

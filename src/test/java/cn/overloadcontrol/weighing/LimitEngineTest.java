package cn.overloadcontrol.weighing;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The bundled 2016 table: every row, every adjustment and the verdict boundaries. */
class LimitEngineTest {

    static final Instant AT = OffsetDateTime.parse("2024-06-01T08:00:00+08:00").toInstant();

    private final LimitEngine engine = LimitEngine.withBundledTables();

    @ParameterizedTest(name = "{0} axles {1} single drive axle {2} -> {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # axles | vehicle type | single drive axle | limit kg | rule id
            2       | TRUCK        | false | 18000 | 2-axle-truck
            2       | -            | false | 18000 | 2-axle-truck
            3       | TRUCK        | false | 25000 | 3-axle-truck
            3       | CENTER_AXLE  | false | 27000 | 3-axle-combination
            3       | ARTICULATED  | false | 27000 | 3-axle-combination
            4       | TRUCK        | false | 31000 | 4-axle-truck
            4       | CENTER_AXLE  | false | 36000 | 4-axle-combination
            4       | ARTICULATED  | false | 36000 | 4-axle-articulated
            4       | FULL_TRAILER | false | 36000 | 4-axle-combination
            5       | CENTER_AXLE  | false | 43000 | 5-axle-combination
            5       | ARTICULATED  | false | 43000 | 5-axle-combination
            5       | FULL_TRAILER | false | 43000 | 5-axle-combination
            5       | -            | false | 43000 | 5-axle-combination
            # The single drive axle matters only from 6 axles on.
            5       | ARTICULATED  | true  | 43000 | 5-axle-combination
            6       | CENTER_AXLE  | false | 49000 | 6-axle-combination
            6       | ARTICULATED  | false | 49000 | 6-axle-combination
            6       | FULL_TRAILER | false | 49000 | 6-axle-combination
            6       | -            | false | 49000 | 6-axle-combination
            6       | ARTICULATED  | true  | 46000 | 6-axle-combination-single-drive-axle
            6       | CENTER_AXLE  | true  | 46000 | 6-axle-combination-single-drive-axle
            6       | FULL_TRAILER | true  | 46000 | 6-axle-combination-single-drive-axle
            6       | -            | true  | 46000 | 6-axle-combination-single-drive-axle
            # 7 to 12 axles share the 6-axle row.
            7       | ARTICULATED  | false | 49000 | 6-axle-combination
            8       | FULL_TRAILER | false | 49000 | 6-axle-combination
            12      | ARTICULATED  | false | 49000 | 6-axle-combination
            12      | ARTICULATED  | true  | 46000 | 6-axle-combination-single-drive-axle
            """)
    void everyTableRow(int axles, VehicleType type, boolean singleDriveAxle, int limitKg, String ruleId) {
        Limit limit = engine.limitFor(Vehicle.of(axles, type).withSingleDriveAxle(singleDriveAxle), AT);

        assertThat(limit.limitKg()).isEqualTo(limitKg);
        assertThat(limit.rowLimitKg()).isEqualTo(limitKg);
        assertThat(limit.ruleId()).isEqualTo(ruleId);
        assertThat(limit.tableVersion()).isEqualTo("2016-09-21");
        assertThat(limit.adjustments()).isEmpty();
        assertThat(limit.warningBandKg()).isEqualTo(1000);
    }

    @ParameterizedTest(name = "{0}-axle {1}, single tyres {3}, air {4} spacing {5}, registered {6} -> {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # axles | type         | single drive | single tyres | air   | spacing mm | registered total kg | limit kg
            # Air suspension with dual-tyre drive axles: 3- and 4-axle trucks +1000 kg.
            3       | TRUCK        | false | 0 | true  | -    | -     | 26000
            4       | TRUCK        | false | 0 | true  | -    | -     | 32000
            # 4-axle articulated: 37000 kg with a semitrailer axle spacing of at least 1800 mm.
            4       | ARTICULATED  | false | 0 | true  | 1800 | -     | 37000
            4       | ARTICULATED  | false | 0 | true  | 2400 | -     | 37000
            4       | ARTICULATED  | false | 0 | true  | 1799 | -     | 36000
            4       | ARTICULATED  | false | 0 | true  | -    | -     | 36000
            4       | ARTICULATED  | false | 0 | false | 1800 | -     | 36000
            # No air-suspension change for other types or axle counts.
            4       | CENTER_AXLE  | false | 0 | true  | 1800 | -     | 36000
            4       | FULL_TRAILER | false | 0 | true  | 1800 | -     | 36000
            3       | ARTICULATED  | false | 0 | true  | 1800 | -     | 27000
            2       | TRUCK        | false | 0 | true  | -    | -     | 18000
            5       | ARTICULATED  | false | 0 | true  | 1800 | -     | 43000
            6       | ARTICULATED  | false | 0 | true  | 1800 | -     | 49000
            # Each single-tyre axle group or trailer axle: -3000 kg.
            3       | TRUCK        | false | 1 | false | -    | -     | 22000
            4       | CENTER_AXLE  | false | 2 | false | -    | -     | 30000
            5       | ARTICULATED  | false | 3 | false | -    | -     | 34000
            6       | ARTICULATED  | false | 1 | false | -    | -     | 46000
            6       | ARTICULATED  | true  | 1 | false | -    | -     | 43000
            12      | FULL_TRAILER | false | 10| false | -    | -     | 19000
            # Both together.
            3       | TRUCK        | false | 1 | true  | -    | -     | 23000
            4       | ARTICULATED  | false | 1 | true  | 1800 | -     | 34000
            # A 2-axle truck stays within its registered total mass; other rows ignore it.
            2       | TRUCK        | false | 0 | false | -    | 16000 | 16000
            2       | -            | false | 0 | false | -    | 17999 | 17999
            2       | TRUCK        | false | 0 | false | -    | 18000 | 18000
            2       | TRUCK        | false | 0 | false | -    | 20000 | 18000
            3       | TRUCK        | false | 0 | false | -    | 16000 | 25000
            6       | ARTICULATED  | false | 0 | false | -    | 40000 | 49000
            """)
    void everyAdjustment(int axles, VehicleType type, boolean singleDriveAxle, int singleTyreGroups,
            boolean airSuspension, Integer spacingMm, Integer registeredTotalMassKg, int limitKg) {
        Vehicle vehicle = new Vehicle(axles, type, singleDriveAxle, singleTyreGroups, airSuspension, spacingMm,
                registeredTotalMassKg, null);

        assertThat(engine.limitFor(vehicle, AT).limitKg()).isEqualTo(limitKg);
    }

    @Test
    void basisNamesRuleAndTable() {
        Limit limit = engine.limitFor(Vehicle.of(6, VehicleType.ARTICULATED), AT);

        assertThat(limit.basis()).isEqualTo("六轴及以上汽车列车 49000kg（2016认定标准 v2016-09-21）");
    }

    @Test
    void basisListsEachAdjustment() {
        Vehicle vehicle = Vehicle.of(4, VehicleType.ARTICULATED).withAirSuspension(true, 1850).withSingleTyreGroups(1);

        Limit limit = engine.limitFor(vehicle, AT);

        assertThat(limit.basis()).isEqualTo("四轴汽车列车 36000kg（2016认定标准 v2016-09-21）"
                + "；空气悬架且驱动轴双胎、半挂车轴距 1850mm ≥ 1800mm +1000kg"
                + "；单胎轴组或挂车轴 1 个 -3000kg"
                + "；限值 34000kg");
        assertThat(limit.adjustments()).extracting(LimitAdjustment::kind, LimitAdjustment::deltaKg)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LimitAdjustment.Kind.AIR_SUSPENSION, 1000),
                        org.assertj.core.groups.Tuple.tuple(LimitAdjustment.Kind.SINGLE_TYRES, -3000));
    }

    @Test
    void basisExplainsAirSuspensionNotApplied() {
        Limit withoutSpacing = engine.limitFor(Vehicle.of(4, VehicleType.ARTICULATED).withAirSuspension(true, null), AT);
        Limit shortSpacing = engine.limitFor(Vehicle.of(4, VehicleType.ARTICULATED).withAirSuspension(true, 1500), AT);

        assertThat(withoutSpacing.basis()).isEqualTo("四轴汽车列车 36000kg（2016认定标准 v2016-09-21）"
                + "；空气悬架且驱动轴双胎，但未提供半挂车轴距，不适用 37000kg");
        assertThat(withoutSpacing.adjustments()).isEmpty();
        assertThat(shortSpacing.basis()).isEqualTo("四轴汽车列车 36000kg（2016认定标准 v2016-09-21）"
                + "；空气悬架且驱动轴双胎，但半挂车轴距 1500mm < 1800mm，不适用 37000kg");
    }

    @Test
    void basisForRegisteredTotalMass() {
        Limit limit = engine.limitFor(Vehicle.of(2, VehicleType.TRUCK).withRegisteredMasses(16000, 8000), AT);

        assertThat(limit.basis()).isEqualTo("二轴货车 18000kg（2016认定标准 v2016-09-21）"
                + "；行驶证总质量 16000kg 低于 18000kg -2000kg；限值 16000kg");
        assertThat(limit.adjustments()).extracting(LimitAdjustment::kind)
                .containsExactly(LimitAdjustment.Kind.REGISTERED_TOTAL_MASS);
    }

    @ParameterizedTest(name = "{0} axles {1} gross {2} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # axles | type        | gross | excess | rate | verdict
            # Exactly at the limit is compliant; up to 1000 kg over is the warning band (62号令 art. 43).
            6       | ARTICULATED | 30000 | 0      | 0.00 | COMPLIANT
            6       | ARTICULATED | 49000 | 0      | 0.00 | COMPLIANT
            6       | ARTICULATED | 49001 | 1      | 0.00 | OVER_LIMIT_WARNING
            6       | ARTICULATED | 50000 | 1000   | 2.04 | OVER_LIMIT_WARNING
            6       | ARTICULATED | 50001 | 1001   | 2.04 | OVER_LIMIT
            # The confirmed case: 52,400 kg against 49,000 kg.
            6       | ARTICULATED | 52400 | 3400   | 6.94 | OVER_LIMIT
            2       | TRUCK       | 18000 | 0      | 0.00 | COMPLIANT
            2       | TRUCK       | 18001 | 1      | 0.01 | OVER_LIMIT_WARNING
            2       | TRUCK       | 36000 | 18000  | 100.00 | OVER_LIMIT
            3       | TRUCK       | 26001 | 1001   | 4.00 | OVER_LIMIT
            5       | -           | 43500 | 500    | 1.16 | OVER_LIMIT_WARNING
            """)
    void verdictBoundaries(int axles, VehicleType type, int grossKg, int excessKg, BigDecimal excessRate,
            Verdict verdict) {
        LimitJudgement judgement = engine.judge(Vehicle.of(axles, type), grossKg, null, AT);

        assertThat(judgement.excessKg()).isEqualTo(excessKg);
        assertThat(judgement.excessRate()).isEqualTo(excessRate);
        assertThat(judgement.verdict()).isEqualTo(verdict);
        assertThat(judgement.verdict().overLimit()).isEqualTo(verdict != Verdict.COMPLIANT);
    }

    @Test
    void confirmedCaseSixAxleCombination() {
        LimitJudgement judgement = engine.judge(Vehicle.of(6, VehicleType.ARTICULATED), 52_400, null, AT);

        assertThat(judgement.limitKg()).isEqualTo(49_000);
        assertThat(judgement.grossKg()).isEqualTo(52_400);
        assertThat(judgement.excessKg()).isEqualTo(3_400);
        assertThat(judgement.excessRate()).isEqualByComparingTo("6.94");
        assertThat(judgement.excessRate().scale()).isEqualTo(2);
        assertThat(judgement.verdict()).isEqualTo(Verdict.OVER_LIMIT);
        assertThat(judgement.limit().basis()).isEqualTo("六轴及以上汽车列车 49000kg（2016认定标准 v2016-09-21）");
    }

    @Test
    void excessRateRoundsHalfUp() {
        // 4 kg over a 16,000 kg limit is exactly 0.025 %, which HALF_UP rounds to 0.03.
        Vehicle truck = Vehicle.of(2, VehicleType.TRUCK).withRegisteredMasses(16_000, null);

        LimitJudgement judgement = engine.judge(truck, 16_004, null, AT);

        assertThat(judgement.limitKg()).isEqualTo(16_000);
        assertThat(judgement.excessRate()).isEqualTo(new BigDecimal("0.03"));
    }

    @ParameterizedTest(name = "registered total {0}, load {1}, gross {2}, net {3} -> {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # registered total kg | registered load kg | gross | net   | overload
            -     | -     | 30000 | 20000 | NOT_JUDGEABLE
            # Registered load without a net weight cannot be compared.
            -     | 20000 | 30000 | -     | NOT_JUDGEABLE
            40000 | -     | 40000 | -     | NOT_OVERLOADED
            40000 | -     | 40001 | -     | OVERLOADED
            -     | 20000 | 30000 | 20000 | NOT_OVERLOADED
            -     | 20000 | 30000 | 20001 | OVERLOADED
            40000 | 25000 | 39000 | 26000 | OVERLOADED
            40000 | 25000 | 41000 | 24000 | OVERLOADED
            40000 | 25000 | 40000 | 25000 | NOT_OVERLOADED
            """)
    void overloadIsSeparateJudgement(Integer totalMassKg, Integer loadKg, int grossKg, Integer netKg,
            OverloadVerdict expected) {
        Vehicle vehicle = Vehicle.of(6, VehicleType.ARTICULATED).withRegisteredMasses(totalMassKg, loadKg);

        LimitJudgement judgement = engine.judge(vehicle, grossKg, netKg, AT);

        assertThat(judgement.overload()).isEqualTo(expected);
        // None of these weights is over the 6-axle limit: 超载 does not imply 超限.
        assertThat(judgement.verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void twoAxleTruckOverRegisteredMassIsBoth() {
        Vehicle truck = Vehicle.of(2, VehicleType.TRUCK).withRegisteredMasses(16_000, 9_000);

        LimitJudgement judgement = engine.judge(truck, 17_500, 11_000, AT);

        assertThat(judgement.limitKg()).isEqualTo(16_000);
        assertThat(judgement.excessKg()).isEqualTo(1_500);
        assertThat(judgement.verdict()).isEqualTo(Verdict.OVER_LIMIT);
        assertThat(judgement.overload()).isEqualTo(OverloadVerdict.OVERLOADED);
        assertThat(judgement.netKg()).isEqualTo(11_000);
    }

    @ParameterizedTest(name = "{0}-axle {1} rejected")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # axles | type
            # No row: a combination has at least 3 axles, a full trailer train at least 4, a truck at most 4.
            2       | CENTER_AXLE
            2       | ARTICULATED
            3       | FULL_TRAILER
            5       | TRUCK
            6       | TRUCK
            12      | TRUCK
            """)
    void noRowForVehicleType(int axles, VehicleType type) {
        Vehicle vehicle = Vehicle.of(axles, type);

        assertThatThrownBy(() -> engine.limitFor(vehicle, AT))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("vehicleType");
                    assertThat(e.rejectedValue()).isEqualTo(type);
                    assertThat(e.rule()).contains("2016认定标准 v2016-09-21 has no limit for a " + axles + "-axle "
                            + type.chineseName());
                });
    }

    @Test
    void typeRequiredWhereLimitsDiffer() {
        assertThatThrownBy(() -> engine.limitFor(Vehicle.of(3, null), AT))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("vehicleType");
                    assertThat(e.rule()).isEqualTo("is required for 3 axles because 2016认定标准 v2016-09-21 has"
                            + " different limits for them: 三轴货车 25000kg (载货汽车);"
                            + " 三轴汽车列车 27000kg (中置轴挂车列车, 铰接列车)");
                });
        assertThatThrownBy(() -> engine.limitFor(Vehicle.of(4, null), AT))
                .isInstanceOfSatisfying(LimitInputException.class,
                        e -> assertThat(e.field()).isEqualTo("vehicleType"));
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "1", "13", "100"})
    void axleCountOutsideRange(int axles) {
        assertThatThrownBy(() -> Vehicle.of(axles, VehicleType.ARTICULATED))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("axleCount");
                    assertThat(e.rejectedValue()).isEqualTo(axles);
                    assertThat(e.rule()).startsWith("must be from 2 to 12");
                });
    }

    @Test
    void weightsMustBePlausible() {
        Vehicle vehicle = Vehicle.of(6, VehicleType.ARTICULATED);

        assertThatThrownBy(() -> engine.judge(vehicle, 0, null, AT))
                .isInstanceOfSatisfying(LimitInputException.class, e -> assertThat(e.field()).isEqualTo("grossKg"));
        assertThatThrownBy(() -> engine.judge(vehicle, -100, null, AT))
                .isInstanceOfSatisfying(LimitInputException.class, e -> assertThat(e.field()).isEqualTo("grossKg"));
        assertThatThrownBy(() -> engine.judge(vehicle, 30_000, 30_001, AT))
                .isInstanceOfSatisfying(LimitInputException.class, e -> assertThat(e.field()).isEqualTo("netKg"));
        assertThatThrownBy(() -> engine.judge(vehicle, 30_000, -1, AT))
                .isInstanceOfSatisfying(LimitInputException.class, e -> assertThat(e.field()).isEqualTo("netKg"));
    }

    @Test
    void tableStartsOnEffectiveDate() {
        Vehicle vehicle = Vehicle.of(6, VehicleType.ARTICULATED);
        Instant start = OffsetDateTime.parse("2016-09-21T00:00:00+08:00").toInstant();

        assertThat(engine.limitFor(vehicle, start).limitKg()).isEqualTo(49_000);
        assertThatThrownBy(() -> engine.limitFor(vehicle, start.minusSeconds(1)))
                .isInstanceOfSatisfying(LimitInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("weighedAt");
                    assertThat(e.rule()).contains("2016认定标准 v2016-09-21 from 2016-09-21T00:00+08:00");
                });
    }
}

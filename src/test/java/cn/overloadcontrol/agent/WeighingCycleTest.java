package cn.overloadcontrol.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import cn.overloadcontrol.device.WeightUnit;
import org.junit.jupiter.api.Test;

class WeighingCycleTest {

    private static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

    private final SteppingClock clock = new SteppingClock(START);
    private final RecordingPassages events = new RecordingPassages();

    private ScaleFeed feed(ScaleSettings settings) {
        return new ScaleFeed(new WeighingCycle(settings, clock, events), clock);
    }

    private ScaleFeed feed() {
        return feed(ScaleSettings.defaults());
    }

    @Test
    void cleanPassageRecordsOnceWithStableWeight() {
        feed().hold(0, 2).ramp(0, 41_260, 4).hold(41_260, 5, 20).ramp(41_260, 0, 4).hold(0, 2);

        assertThat(events.recorded).hasSize(1);
        Passage record = events.recorded.get(0);
        assertThat(record.weightKg()).isIn(BigDecimal.valueOf(41_260), BigDecimal.valueOf(41_280));
        assertThat(record.stableAt()).isNotNull();
        assertThat(record.leftAt()).isNull();
        assertThat(record.cheatingSuspected()).isFalse();
        assertThat(events.alarms).isEmpty();
        assertThat(events.left).hasSize(1);
        assertThat(events.left.get(0).id()).isEqualTo(record.id());
        assertThat(events.left.get(0).weightKg()).isEqualTo(record.weightKg());
        assertThat(events.states).containsExactly(CycleState.VEHICLE_ON, CycleState.STABLE, CycleState.RECORDED,
                CycleState.LEAVING, CycleState.EMPTY);
    }

    @Test
    void recordWaitsForTheWholeStableWindow() {
        ScaleFeed scale = feed().ramp(0, 30_000, 3).hold(30_000, 2.9);
        assertThat(events.recorded).isEmpty();

        scale.hold(30_000, 0.2);
        assertThat(events.recorded).hasSize(1);
        assertThat(events.recorded.get(0).stableAt()).isEqualTo(clock.instant().minus(ScaleFeed.FRAME));
    }

    @Test
    void passageCurveKeepsApproachAndLeave() {
        feed().hold(0, 2).ramp(0, 20_000, 2).hold(20_000, 4).ramp(20_000, 0, 2).hold(0, 1);

        Passage left = events.left.get(0);
        assertThat(left.curve().get(0).weightKg()).isEqualByComparingTo("0");
        assertThat(left.curve().get(0).at()).isBefore(left.vehicleOnAt());
        assertThat(left.curve()).extracting(CurvePoint::weightKg).contains(BigDecimal.valueOf(20_000));
        assertThat(left.leftAt()).isEqualTo(clock.instant().minus(Duration.ofSeconds(1)));
        assertThat(left.frames()).hasSameSizeAs(left.curve());
        assertThat(left.frames().get(0).hex()).isEqualTo("57 30");
    }

    @Test
    void shufflingTruckKeepsOnePassage() {
        feed().ramp(0, 35_000, 3).hold(35_000, 4)
                .ramp(35_000, 700, 3).hold(700, 1).ramp(700, 35_000, 3).hold(35_000, 4)
                .ramp(35_000, 0, 3).hold(0, 1);

        assertThat(events.recorded).hasSize(1);
        assertThat(events.left).hasSize(1);
        assertThat(events.alarms).isEmpty();
        assertThat(events.states).containsSubsequence(CycleState.RECORDED, CycleState.LEAVING,
                CycleState.RECORDED, CycleState.LEAVING, CycleState.EMPTY);
    }

    @Test
    void cheatingStepRaisesAlarmWithoutRecord() {
        feed().ramp(0, 49_000, 4).hold(49_000, 2, 20).hold(40_000, 5, 20).ramp(40_000, 0, 4).hold(0, 1);

        assertThat(events.recorded).isEmpty();
        assertThat(events.alarms).hasSize(1);
        RecordingPassages.Alarm alarm = events.alarms.get(0);
        assertThat(alarm.reason()).contains("49020 kg").contains("40000 kg").contains("-451.0 divisions");
        assertThat(alarm.passage().cheatingSuspected()).isTrue();
        assertThat(alarm.passage().weightKg()).isEqualByComparingTo("40000");

        Passage left = events.left.get(0);
        assertThat(left.cheatingSuspected()).isTrue();
        assertThat(left.curve()).extracting(CurvePoint::weightKg)
                .contains(BigDecimal.valueOf(49_000), BigDecimal.valueOf(40_000));
        assertThat(events.states).contains(CycleState.STABLE).doesNotContain(CycleState.RECORDED);
    }

    @Test
    void stepUpwardsIsSuspectedToo() {
        feed().ramp(0, 30_000, 3).hold(30_000, 2).hold(33_000, 5).ramp(33_000, 0, 3).hold(0, 1);

        assertThat(events.recorded).isEmpty();
        assertThat(events.alarms).hasSize(1);
    }

    @Test
    void flickerBeforeSettlingDoesNotHideStep() {
        ScaleFeed scale = feed().ramp(0, 30_000, 3).reading(29_980);
        scale.hold(30_000, 1.6, 20).hold(25_000, 5).ramp(25_000, 0, 3).hold(0, 1);

        assertThat(events.alarms).hasSize(1);
        assertThat(events.recorded).isEmpty();
    }

    @Test
    void stepAfterRecordAlarmsAfterTheRecord() {
        feed().ramp(0, 30_000, 3).hold(30_000, 4).hold(26_000, 3).ramp(26_000, 0, 3).hold(0, 1);

        assertThat(events.recorded).hasSize(1);
        assertThat(events.recorded.get(0).weightKg()).isEqualByComparingTo("30000");
        assertThat(events.alarms).hasSize(1);
        assertThat(events.left.get(0).cheatingSuspected()).isTrue();
        assertThat(events.left.get(0).weightKg()).isEqualByComparingTo("30000");
    }

    @Test
    void stepBelowThresholdIsNoAlarm() {
        feed().ramp(0, 30_000, 3).hold(30_000, 2).hold(30_080, 5).ramp(30_080, 0, 3).hold(0, 1);

        assertThat(events.alarms).isEmpty();
        assertThat(events.recorded).hasSize(1);
        assertThat(events.recorded.get(0).weightKg()).isEqualByComparingTo("30080");
    }

    @Test
    void jumpFollowedByMotionIsNoAlarm() {
        ScaleFeed scale = feed().ramp(0, 30_000, 3).hold(30_000, 2);
        scale.reading(25_000).ramp(24_000, 28_000, 1).hold(28_000, 4).ramp(28_000, 0, 3).hold(0, 1);

        assertThat(events.alarms).isEmpty();
        assertThat(events.recorded).hasSize(1);
        assertThat(events.recorded.get(0).weightKg()).isEqualByComparingTo("28000");
    }

    @Test
    void rejectedFramesBetweenLevelsDoNotHideStep() {
        feed().ramp(0, 30_000, 3).hold(30_000, 2).badFrame().badFrame().hold(25_000, 5).ramp(25_000, 0, 3);

        assertThat(events.alarms).hasSize(1);
        assertThat(events.recorded).isEmpty();
    }

    @Test
    void truckLeavingBeforeStableIsNotRecorded() {
        feed().hold(0, 1).ramp(0, 38_000, 4).ramp(38_000, 37_000, 1).ramp(37_000, 0, 3).hold(0, 2);

        assertThat(events.recorded).isEmpty();
        assertThat(events.alarms).isEmpty();
        assertThat(events.left).hasSize(1);
        Passage left = events.left.get(0);
        assertThat(left.stableAt()).isNull();
        assertThat(left.weightKg()).isNull();
        assertThat(left.curve()).extracting(CurvePoint::weightKg).contains(BigDecimal.valueOf(38_000));
        assertThat(events.states).containsExactly(CycleState.VEHICLE_ON, CycleState.LEAVING, CycleState.EMPTY);
    }

    @Test
    void lightLoadBelowMinimumOpensNoPassage() {
        feed().ramp(0, 900, 2).hold(900, 5).ramp(900, 0, 2).hold(0, 1);

        assertThat(events.left).isEmpty();
        assertThat(events.states).isEmpty();
    }

    @Test
    void indicatorStableFlagReplacesComputedStability() {
        feed().withStableFlag(false).ramp(0, 30_000, 3)
                .withStableFlag(true).hold(30_000, 3.2, 60).ramp(30_000, 0, 3).hold(0, 1);

        assertThat(events.recorded).hasSize(1);
    }

    @Test
    void indicatorMotionFlagPreventsRecord() {
        feed().withStableFlag(false).ramp(0, 30_000, 3).hold(30_000, 10).ramp(30_000, 0, 3).hold(0, 1);

        assertThat(events.recorded).isEmpty();
        assertThat(events.left).hasSize(1);
    }

    @Test
    void untrustedFlagFallsBackToComputedStability() {
        ScaleSettings settings = new ScaleSettings(BigDecimal.valueOf(20), Duration.ofSeconds(3),
                BigDecimal.valueOf(1000), BigDecimal.valueOf(200), 5, false);

        feed(settings).withStableFlag(true).ramp(0, 30_000, 3).hold(30_000, 10, 60).ramp(30_000, 0, 3).hold(0, 1);

        assertThat(events.recorded).isEmpty();
    }

    @Test
    void computedStabilityRejectsNoiseAboveOneDivision() {
        feed().ramp(0, 30_000, 3).hold(30_000, 10, 40).ramp(30_000, 0, 3).hold(0, 1);

        assertThat(events.recorded).isEmpty();
        assertThat(events.left).hasSize(1);
    }

    @Test
    void rejectedFrameRestartsStableWindow() {
        ScaleFeed scale = feed().ramp(0, 30_000, 3).hold(30_000, 2).badFrame().hold(30_000, 2.9);
        assertThat(events.recorded).isEmpty();

        scale.hold(30_000, 0.2);
        assertThat(events.recorded).hasSize(1);
        assertThat(events.left).isEmpty();
    }

    @Test
    void rawFramesIncludeRejectedOnes() {
        feed().ramp(0, 30_000, 3).badFrame().hold(30_000, 4).ramp(30_000, 0, 3).hold(0, 1);

        List<RawFrame> frames = events.left.get(0).frames();
        assertThat(frames).extracting(RawFrame::hex).contains("02 2B 39");
        assertThat(frames).hasSize(events.left.get(0).curve().size() + 1);
    }

    @Test
    void tonnesAreConvertedToKilograms() {
        feed().inUnit(WeightUnit.T).ramp(0, 41_260, 3).hold(41_260, 4).ramp(41_260, 0, 3).hold(0, 1);

        assertThat(events.recorded).hasSize(1);
        assertThat(events.recorded.get(0).weightKg()).isEqualByComparingTo("41260");
    }

    @Test
    void liveWeightFollowsValidReadings() {
        WeighingCycle cycle = new WeighingCycle(ScaleSettings.defaults(), clock, events);
        ScaleFeed scale = new ScaleFeed(cycle, clock);
        assertThat(cycle.liveWeightKg()).isNull();
        assertThat(cycle.state()).isEqualTo(CycleState.EMPTY);

        scale.ramp(0, 12_340, 2).badFrame();

        assertThat(cycle.liveWeightKg()).isEqualByComparingTo("12340");
        assertThat(cycle.state()).isEqualTo(CycleState.VEHICLE_ON);
    }

    @Test
    void longPassageKeepsBoundedEvidence() {
        feed().ramp(0, 30_000, 3).hold(30_000, 1_200, 20).ramp(30_000, 0, 3).hold(0, 1);

        Passage left = events.left.get(0);
        assertThat(left.curve()).hasSizeLessThanOrEqualTo(OpenPassage.CURVE_CAPACITY + 1);
        assertThat(left.curve()).hasSizeGreaterThan(OpenPassage.CURVE_CAPACITY / 2);
        assertThat(left.curve().get(0).weightKg()).isEqualByComparingTo("0");
        assertThat(left.curve().get(left.curve().size() - 1).weightKg()).isEqualByComparingTo("0");
        assertThat(left.frames()).hasSize(OpenPassage.HEAD_FRAMES + OpenPassage.TAIL_FRAMES);
    }

    @Test
    void settingsRejectInvalidValues() {
        assertThatThrownBy(() -> new ScaleSettings(BigDecimal.ZERO, Duration.ofSeconds(3), BigDecimal.valueOf(1000),
                BigDecimal.valueOf(200), 5, true)).hasMessageContaining("divisionKg=0");
        assertThatThrownBy(() -> new ScaleSettings(BigDecimal.TEN, Duration.ZERO, BigDecimal.valueOf(1000),
                BigDecimal.valueOf(200), 5, true)).hasMessageContaining("stableWindow");
        assertThatThrownBy(() -> new ScaleSettings(BigDecimal.TEN, Duration.ofSeconds(3), BigDecimal.valueOf(100),
                BigDecimal.valueOf(200), 5, true)).hasMessageContaining("minimumWeightKg=100");
        assertThatThrownBy(() -> new ScaleSettings(BigDecimal.TEN, Duration.ofSeconds(3), BigDecimal.valueOf(1000),
                BigDecimal.valueOf(200), 1, true)).hasMessageContaining("cheatingStepDivisions=1");
    }
}

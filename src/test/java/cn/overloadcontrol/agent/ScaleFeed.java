package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorRejection;
import cn.overloadcontrol.device.RejectionReason;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

/** Feeds a weighing cycle with readings at 10 frames a second, advancing the test clock per frame. */
final class ScaleFeed {

    static final Duration FRAME = Duration.ofMillis(100);

    private final WeighingCycle cycle;
    private final SteppingClock clock;
    private WeightUnit unit = WeightUnit.KG;
    private Boolean stableFlag;

    ScaleFeed(WeighingCycle cycle, SteppingClock clock) {
        this.cycle = cycle;
        this.clock = clock;
    }

    /** Sends later readings in {@code unit}; weights given to this feed stay in kg. */
    ScaleFeed inUnit(WeightUnit unit) {
        this.unit = unit;
        return this;
    }

    /** Sets the stability flag of later readings, {@code null} for a protocol without one. */
    ScaleFeed withStableFlag(Boolean flag) {
        this.stableFlag = flag;
        return this;
    }

    /** Sends {@code seconds} of readings at {@code kg}, alternating with {@code kg + noiseKg}. */
    ScaleFeed hold(int kg, double seconds, int noiseKg) {
        int frames = (int) Math.round(seconds * 10);
        for (int i = 0; i < frames; i++) {
            reading(i % 2 == 0 ? kg : kg + noiseKg);
        }
        return this;
    }

    ScaleFeed hold(int kg, double seconds) {
        return hold(kg, seconds, 0);
    }

    /** Sends a straight ramp from {@code fromKg} to {@code toKg}, both ends included. */
    ScaleFeed ramp(int fromKg, int toKg, double seconds) {
        int frames = Math.max(2, (int) Math.round(seconds * 10));
        for (int i = 0; i < frames; i++) {
            reading(fromKg + (toKg - fromKg) * i / (frames - 1));
        }
        return this;
    }

    ScaleFeed reading(int kg) {
        clock.advance(FRAME);
        BigDecimal weight = unit == WeightUnit.T ? BigDecimal.valueOf(kg, 3) : BigDecimal.valueOf(kg);
        byte[] raw = ("W" + weight.toPlainString()).getBytes(StandardCharsets.US_ASCII);
        cycle.onResult(new IndicatorReading(weight, unit, stableFlag, WeightKind.GROSS, ChecksumStatus.OK, raw));
        return this;
    }

    ScaleFeed badFrame() {
        clock.advance(FRAME);
        cycle.onResult(new IndicatorRejection(RejectionReason.BAD_CHECKSUM, new byte[] {0x02, 0x2B, 0x39}));
        return this;
    }
}

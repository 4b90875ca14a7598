package cn.overloadcontrol.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class CurveBufferTest {

    private static final Instant START = Instant.parse("2026-12-04T08:00:00Z");

    private static CurvePoint point(int second) {
        return new CurvePoint(START.plusSeconds(second), BigDecimal.valueOf(second), null);
    }

    @Test
    void keepsEveryPointBelowCapacity() {
        CurveBuffer buffer = new CurveBuffer(10);
        for (int i = 0; i < 10; i++) {
            buffer.add(point(i));
        }

        assertThat(buffer.snapshot()).extracting(point -> point.weightKg().intValue())
                .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void thinsOutEvenlyWhenFull() {
        CurveBuffer buffer = new CurveBuffer(10);
        for (int i = 0; i < 1_000; i++) {
            buffer.add(point(i));
        }

        List<CurvePoint> curve = buffer.snapshot();
        assertThat(curve).hasSizeBetween(6, 11);
        assertThat(curve.get(0).weightKg()).isEqualByComparingTo("0");
        assertThat(curve.get(curve.size() - 1).weightKg()).isEqualByComparingTo("999");
        for (int i = 1; i < curve.size() - 1; i++) {
            Duration step = Duration.between(curve.get(i - 1).at(), curve.get(i).at());
            assertThat(step).as("step before point %d", i).isEqualTo(Duration.ofSeconds(128));
        }
    }

    @Test
    void frameBufferKeepsHeadAndLatestTail() {
        FrameBuffer buffer = new FrameBuffer(2, 3);
        for (int i = 0; i < 10; i++) {
            buffer.add(new RawFrame(START.plusSeconds(i), "0" + i));
        }

        assertThat(buffer.snapshot()).extracting(RawFrame::hex).containsExactly("00", "01", "07", "08", "09");
    }
}

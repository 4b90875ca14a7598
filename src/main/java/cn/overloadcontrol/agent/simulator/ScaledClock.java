package cn.overloadcontrol.agent.simulator;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that runs {@code scale} times faster than real time from the moment it is created, so
 * a weighing cycle fed by an accelerated simulator measures its stable window in simulated
 * seconds. With scale 1 it follows real time.
 */
public final class ScaledClock extends Clock {

    private final Instant origin;
    private final long originNanos;
    private final double scale;

    public ScaledClock(double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("clock scale " + scale + " is invalid: expected more than 0");
        }
        this.origin = Instant.now();
        this.originNanos = System.nanoTime();
        this.scale = scale;
    }

    @Override
    public Instant instant() {
        long elapsed = System.nanoTime() - originNanos;
        return origin.plusNanos(Math.round(elapsed * scale));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a scaled clock stays in UTC");
    }
}

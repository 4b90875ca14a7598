package cn.overloadcontrol.station.api;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at
 * {@code tokensPerSecond}; each request takes one. Thread-safe.
 */
final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanoClock;
    private double tokens;
    private long refilledAt;

    TokenBucket(int capacity, double tokensPerSecond, LongSupplier nanoClock) {
        if (capacity < 1 || tokensPerSecond <= 0) {
            throw new IllegalArgumentException("A token bucket needs a capacity of at least 1 and a positive rate,"
                    + " got capacity " + capacity + " and rate " + tokensPerSecond + "/s");
        }
        this.capacity = capacity;
        this.tokensPerNano = tokensPerSecond / NANOS_PER_SECOND;
        this.nanoClock = nanoClock;
        this.tokens = capacity;
        this.refilledAt = nanoClock.getAsLong();
    }

    /**
     * Takes a token if there is one.
     *
     * @return {@link Duration#ZERO} when a token was taken, otherwise how long until the next one
     */
    synchronized Duration tryTake() {
        refill();
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        long waitNanos = (long) Math.ceil((1 - tokens) / tokensPerNano);
        return Duration.ofNanos(Math.max(1, waitNanos));
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
        refilledAt = now;
    }
}

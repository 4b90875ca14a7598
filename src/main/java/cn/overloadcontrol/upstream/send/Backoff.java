package cn.overloadcontrol.upstream.send;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: after attempt n the wait is drawn uniformly from
 * [d/2, d] where d = min(max, base × 2^(n−1)), so that many tasks failing together do not
 * come back together.
 */
final class Backoff {

    private final Duration base;
    private final Duration max;

    Backoff(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    Duration after(int attempts) {
        Duration ceiling = ceiling(attempts);
        long half = ceiling.toMillis() / 2;
        return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(half + 1));
    }

    /** The upper bound of the wait after {@code attempts} attempts. */
    Duration ceiling(int attempts) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long millis = base.toMillis() << doublings;
        return millis <= 0 || millis > max.toMillis() ? max : Duration.ofMillis(millis);
    }
}

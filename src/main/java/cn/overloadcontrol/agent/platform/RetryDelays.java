package cn.overloadcontrol.agent.platform;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry in a row waits a random time between half and
 * all of {@code first * 2^(n-1)}, capped at {@code max}. The jitter keeps many stations that
 * lost the platform at the same moment from all retrying in the same second.
 */
final class RetryDelays {

    private final Duration first;
    private final Duration max;
    private final RandomGenerator random;
    private int failures;

    RetryDelays(Duration first, Duration max, RandomGenerator random) {
        this.first = first;
        this.max = max;
        this.random = random;
    }

    /** Counts a failure and returns how long to wait before the next attempt. */
    Duration next() {
        failures++;
        long ceiling = first.toMillis() << Math.min(failures - 1, 30);
        long capped = Math.min(Math.max(ceiling, 1), max.toMillis());
        long half = capped / 2;
        return Duration.ofMillis(half + random.nextLong(capped - half + 1));
    }

    /**
     * Counts a failure and returns the wait before the next attempt: the backoff, or the
     * platform's Retry-After when that is longer.
     */
    Duration next(Duration platformWait) {
        Duration wait = next();
        return platformWait != null && platformWait.compareTo(wait) > 0 ? platformWait : wait;
    }

    /**
     * Returns whether a failure is worth a log line: a new reason, or every tenth repeat, which
     * keeps the log readable during a long outage.
     */
    boolean worthLogging(String reason, String lastReason) {
        return !reason.equals(lastReason) || failures % 10 == 1;
    }

    void reset() {
        failures = 0;
    }

    int failures() {
        return failures;
    }
}

package cn.overloadcontrol.device.transport;

import java.time.Duration;

/**
 * Timing of one indicator link.
 *
 * @param silenceLimit   time without a valid frame after which the link is OFFLINE, closed and reopened
 * @param initialBackoff first delay before reopening
 * @param maxBackoff     cap of the doubling reopen delay
 */
public record WatchdogSettings(Duration silenceLimit, Duration initialBackoff, Duration maxBackoff) {

    public WatchdogSettings {
        if (silenceLimit.isNegative() || silenceLimit.isZero()) {
            throw new IllegalArgumentException("silence limit " + silenceLimit + " must be positive");
        }
        if (initialBackoff.isNegative() || initialBackoff.isZero()) {
            throw new IllegalArgumentException("initial backoff " + initialBackoff + " must be positive");
        }
        if (maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("max backoff " + maxBackoff + " must be at least " + initialBackoff);
        }
    }

    /** Five seconds of silence, reopening after 1 s, 2 s, 4 s ... up to 60 s. */
    public static WatchdogSettings defaults() {
        return new WatchdogSettings(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(60));
    }
}

package cn.overloadcontrol.device.transport;

import java.time.Duration;

/** Exponential reopen delay: doubles after each failed attempt up to a cap, reset by a valid frame. */
final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration next;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.next = initial;
    }

    /** Returns the delay before the next attempt and doubles the following one, up to the cap. */
    Duration nextDelay() {
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }

    void reset() {
        next = initial;
    }
}

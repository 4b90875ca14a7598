package cn.overloadcontrol.station.pairing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed pairing attempts per remote address within a sliding window. With the defaults (5
 * per 15 minutes) and about 2^59 possible codes, guessing a live code from one address is
 * hopeless. The counts live in memory and a restart clears them, so an attacker would need a
 * restart of the platform per five guesses.
 */
class FailedAttempts {

    /** Addresses tracked at most; beyond it the oldest entries are dropped, to bound memory. */
    private static final int MAX_ADDRESSES = 10_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int max;
    private final Duration window;

    FailedAttempts(int max, Duration window) {
        this.max = max;
        this.window = window;
    }

    boolean blocked(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= max;
        }
    }

    void record(String address, Instant now) {
        if (failures.size() >= MAX_ADDRESSES) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, key -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            recent.addLast(now);
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant oldest = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
            recent.removeFirst();
        }
    }
}

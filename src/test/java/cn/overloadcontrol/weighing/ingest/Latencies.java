package cn.overloadcontrol.weighing.ingest;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/** Durations of the requests of one benchmark phase, in nanoseconds, and their percentiles. */
final class Latencies {

    private final long[] nanos;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    /** Adds one duration; safe to call from several threads. */
    void add(long durationNanos) {
        nanos[count.getAndIncrement()] = durationNanos;
    }

    int count() {
        return count.get();
    }

    /** Returns the nearest-rank percentile in milliseconds, {@code p} from 0 to 100. */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, count.get());
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1] / 1_000_000.0;
    }
}

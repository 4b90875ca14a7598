package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The valid readings of the last stable window. The reading is stable when they cover the whole
 * window and all lie at or above the minimum weight. In addition, either the indicator flagged
 * every one of them stable (when its flag is trusted), or their max − min is at most one division.
 *
 * <p>The indicator's flag must hold over the whole window too, so that a step change has time to
 * show before anything is recorded.
 */
final class StabilityWindow {

    private record Sample(Instant at, BigDecimal weightKg, Boolean stable) {
    }

    private final ScaleSettings settings;
    private final Deque<Sample> samples = new ArrayDeque<>();

    StabilityWindow(ScaleSettings settings) {
        this.settings = settings;
    }

    void add(Instant at, BigDecimal weightKg, Boolean stable) {
        samples.addLast(new Sample(at, weightKg, stable));
        dropSamplesBefore(at.minus(settings.stableWindow()));
    }

    /** Empties the window, because a rejected frame or a new passage breaks the run of valid readings. */
    void clear() {
        samples.clear();
    }

    boolean isStable() {
        if (samples.isEmpty()) {
            return false;
        }
        Instant windowStart = samples.getLast().at().minus(settings.stableWindow());
        if (samples.getFirst().at().isAfter(windowStart)) {
            return false;
        }
        BigDecimal min = null;
        BigDecimal max = null;
        boolean everyFlagPresent = true;
        boolean everyFlagStable = true;
        for (Sample sample : samples) {
            if (sample.weightKg().compareTo(settings.minimumWeightKg()) < 0) {
                return false;
            }
            min = min == null ? sample.weightKg() : min.min(sample.weightKg());
            max = max == null ? sample.weightKg() : max.max(sample.weightKg());
            everyFlagPresent &= sample.stable() != null;
            everyFlagStable &= Boolean.TRUE.equals(sample.stable());
        }
        if (settings.trustIndicatorStableFlag() && everyFlagPresent) {
            return everyFlagStable;
        }
        return max.subtract(min).compareTo(settings.divisionKg()) <= 0;
    }

    /** Keeps the last sample at or before the window start, because it shows the window is covered. */
    private void dropSamplesBefore(Instant windowStart) {
        while (samples.size() > 1) {
            Sample first = samples.pollFirst();
            if (samples.getFirst().at().isAfter(windowStart)) {
                samples.addFirst(first);
                return;
            }
        }
    }
}

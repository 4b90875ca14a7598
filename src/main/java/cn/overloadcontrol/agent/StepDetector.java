package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds the sign of a remote-control device on the load-cell cable (遥控作弊): the reading had
 * settled, then jumps by at least the cheating step between two consecutive readings, and the new
 * level holds. A truck that moves produces readings between the two levels and keeps moving after
 * a jump, so it never confirms a step.
 *
 * <p>A level is the longest run of latest readings within one division of each other. It counts
 * as settled after half the stable window, so that a step inside the stable window is confirmed
 * before the cycle would record. Rejected frames are not fed here, because bad bytes between the
 * two levels must not hide a step.
 */
final class StepDetector {

    /** A confirmed step: the last reading of the old level, the first of the new one, and when it jumped. */
    record Step(BigDecimal fromKg, BigDecimal toKg, Instant at) {
    }

    private record Sample(Instant at, BigDecimal weightKg) {
    }

    private final ScaleSettings settings;
    private final Duration settleTime;
    /** The current level, oldest first, with monotonic queues of its minimum and maximum. */
    private final Deque<Sample> level = new ArrayDeque<>();
    private final Deque<Sample> minimums = new ArrayDeque<>();
    private final Deque<Sample> maximums = new ArrayDeque<>();
    /** The first reading after a jump, waiting for its level to hold, or {@code null}. */
    private Sample candidate;
    private BigDecimal candidateFromKg;

    StepDetector(ScaleSettings settings) {
        this.settings = settings;
        this.settleTime = settings.stableWindow().dividedBy(2);
    }

    /** Feeds one valid reading and returns the step it confirms, or {@code null}. */
    Step accept(Instant at, BigDecimal weightKg) {
        Sample sample = new Sample(at, weightKg);
        if (!level.isEmpty() && isJump(sample)) {
            candidate = settled() ? sample : null;
            candidateFromKg = level.getLast().weightKg();
        }
        append(sample);
        return confirmedCandidate(at);
    }

    /** Returns whether a jump is waiting for its new level to hold; the cycle does not record meanwhile. */
    boolean pending() {
        return candidate != null;
    }

    void reset() {
        level.clear();
        minimums.clear();
        maximums.clear();
        candidate = null;
    }

    /** Returns whether the jump from the last reading counts: large enough, and both levels carry a vehicle. */
    private boolean isJump(Sample sample) {
        BigDecimal lastKg = level.getLast().weightKg();
        boolean bothLoaded = lastKg.compareTo(settings.minimumWeightKg()) >= 0
                && sample.weightKg().compareTo(settings.minimumWeightKg()) >= 0;
        return bothLoaded && sample.weightKg().subtract(lastKg).abs().compareTo(settings.cheatingStepKg()) >= 0;
    }

    private boolean settled() {
        return Duration.between(level.getFirst().at(), level.getLast().at()).compareTo(settleTime) >= 0;
    }

    /** Adds the reading and drops the oldest ones until the level spans at most one division. */
    private void append(Sample sample) {
        level.addLast(sample);
        while (!minimums.isEmpty() && minimums.getLast().weightKg().compareTo(sample.weightKg()) >= 0) {
            minimums.pollLast();
        }
        minimums.addLast(sample);
        while (!maximums.isEmpty() && maximums.getLast().weightKg().compareTo(sample.weightKg()) <= 0) {
            maximums.pollLast();
        }
        maximums.addLast(sample);

        while (maximums.getFirst().weightKg().subtract(minimums.getFirst().weightKg())
                .compareTo(settings.divisionKg()) > 0) {
            Sample dropped = level.pollFirst();
            if (minimums.getFirst() == dropped) {
                minimums.pollFirst();
            }
            if (maximums.getFirst() == dropped) {
                maximums.pollFirst();
            }
            if (dropped == candidate) {
                // The reading moved on from the new level: motion, not a device.
                candidate = null;
            }
        }
    }

    private Step confirmedCandidate(Instant at) {
        if (candidate == null || Duration.between(candidate.at(), at).compareTo(settleTime) < 0) {
            return null;
        }
        Step confirmed = new Step(candidateFromKg, candidate.weightKg(), candidate.at());
        candidate = null;
        return confirmed;
    }
}

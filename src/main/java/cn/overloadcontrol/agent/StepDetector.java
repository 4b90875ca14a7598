package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Finds the sign of a remote-control device on the load-cell cable (遥控作弊): the reading had
 * settled, then jumps by at least the cheating step between two consecutive readings, and the new
 * level holds. A truck that moves produces readings between the two levels and keeps moving after
 * a jump, so it never confirms a step.
 *
 * <p>A level counts as settled after half the stable window within one division, so that a step
 * inside the stable window is confirmed before the cycle would record. Rejected frames are not fed
 * here: bad bytes between the two levels do not hide a step.
 */
final class StepDetector {

    /** A confirmed step: the last reading of the old level, the first of the new one, and when it jumped. */
    record Step(BigDecimal fromKg, BigDecimal toKg, Instant at) {
    }

    private final ScaleSettings settings;
    private final Duration settleTime;

    /** The current run of readings within one division of each other. */
    private Instant runStart;
    private BigDecimal runMin;
    private BigDecimal runMax;
    private BigDecimal lastKg;
    private Instant lastAt;
    /** A jump waiting for its new level to hold, or {@code null}. */
    private Step candidate;

    StepDetector(ScaleSettings settings) {
        this.settings = settings;
        this.settleTime = settings.stableWindow().dividedBy(2);
    }

    /** Feeds one valid reading and returns the step it confirms, or {@code null}. */
    Step accept(Instant at, BigDecimal weightKg) {
        if (runStart == null) {
            startRun(at, weightKg);
            return null;
        }
        if (staysInRun(weightKg)) {
            extendRun(at, weightKg);
            return confirmedCandidate(at);
        }
        candidate = isStep(weightKg) ? new Step(lastKg, weightKg, at) : null;
        startRun(at, weightKg);
        return null;
    }

    /** Whether a jump is waiting for its new level to hold; the cycle does not record meanwhile. */
    boolean pending() {
        return candidate != null;
    }

    void reset() {
        runStart = null;
        candidate = null;
    }

    private boolean staysInRun(BigDecimal weightKg) {
        return runMax.max(weightKg).subtract(runMin.min(weightKg)).compareTo(settings.divisionKg()) <= 0;
    }

    /** A jump counts when the old level had settled and both levels carry a vehicle. */
    private boolean isStep(BigDecimal weightKg) {
        boolean settled = Duration.between(runStart, lastAt).compareTo(settleTime) >= 0;
        boolean bothLoaded = lastKg.compareTo(settings.minimumWeightKg()) >= 0
                && weightKg.compareTo(settings.minimumWeightKg()) >= 0;
        boolean largeEnough = weightKg.subtract(lastKg).abs().compareTo(settings.cheatingStepKg()) >= 0;
        return settled && bothLoaded && largeEnough;
    }

    private Step confirmedCandidate(Instant at) {
        if (candidate == null || Duration.between(candidate.at(), at).compareTo(settleTime) < 0) {
            return null;
        }
        Step confirmed = candidate;
        candidate = null;
        return confirmed;
    }

    private void startRun(Instant at, BigDecimal weightKg) {
        runStart = at;
        runMin = weightKg;
        runMax = weightKg;
        lastKg = weightKg;
        lastAt = at;
    }

    private void extendRun(Instant at, BigDecimal weightKg) {
        runMin = runMin.min(weightKg);
        runMax = runMax.max(weightKg);
        lastKg = weightKg;
        lastAt = at;
    }
}

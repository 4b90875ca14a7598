package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorRejection;
import cn.overloadcontrol.device.IndicatorResult;
import cn.overloadcontrol.device.IndicatorResultListener;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

/**
 * The weighing cycle of one scale: empty → vehicle on → stable → recorded → leaving → empty.
 * Fed with every result of the scale's indicator framer, it records each passage at most once,
 * when the reading is stable (see {@link StabilityWindow}). A step change after the reading
 * settled raises the remote-control alarm (see {@link StepDetector}), and a passage with that
 * alarm is not recorded unless the record came before the step. Every passage ends with
 * {@link PassageListener#onLeft} and its curve and frames, recorded or not, so the evidence of a
 * truck that drove off unweighed is kept.
 *
 * <p>Feed it from one thread; {@link #state()} and {@link #liveWeightKg()} may be read from any.
 * Time comes from the injected clock at the moment each result arrives.
 *
 * <p>NOTE: a passage stays open while the indicator is silent (link offline) and ends only with
 * the next reading below the empty weight; the link's health events report the gap to the station.
 */
public final class WeighingCycle implements IndicatorResultListener {

    /** Readings and frames kept from before the vehicle came on: about 3 s at 10 frames a second. */
    private static final int PRE_ROLL = 30;
    private static final BigDecimal KG_PER_T = BigDecimal.valueOf(1000);

    private final ScaleSettings settings;
    private final Clock clock;
    private final PassageListener listener;
    private final StabilityWindow window;
    private final StepDetector steps;
    private final Deque<CurvePoint> preRollPoints = new ArrayDeque<>();
    private final Deque<RawFrame> preRollFrames = new ArrayDeque<>();

    private OpenPassage passage;
    private volatile CycleState state = CycleState.EMPTY;
    private volatile BigDecimal liveWeightKg;

    public WeighingCycle(ScaleSettings settings, Clock clock, PassageListener listener) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.window = new StabilityWindow(settings);
        this.steps = new StepDetector(settings);
    }

    public CycleState state() {
        return state;
    }

    /** Returns the last valid weight in kg, or {@code null} before the first valid reading. */
    public BigDecimal liveWeightKg() {
        return liveWeightKg;
    }

    @Override
    public void onResult(IndicatorResult result) {
        Instant now = clock.instant();
        keepFrame(new RawFrame(now, result.rawHex()));
        if (result instanceof IndicatorRejection) {
            // A rejected frame is never a weight, and it breaks the run of valid readings.
            window.clear();
        } else if (result instanceof IndicatorReading reading && reading.kind() != WeightKind.TARE) {
            acceptWeight(now, deckWeightKg(reading), reading.stable());
        }
    }

    private void acceptWeight(Instant now, BigDecimal weightKg, Boolean stableFlag) {
        liveWeightKg = weightKg;
        CurvePoint point = new CurvePoint(now, weightKg, stableFlag);
        if (passage == null) {
            keepPreRoll(point);
            if (weightKg.compareTo(settings.minimumWeightKg()) < 0) {
                return;
            }
            openPassage(now);
        } else {
            passage.addPoint(point);
        }

        window.add(now, weightKg, stableFlag);
        StepDetector.Step step = steps.accept(now, weightKg);
        if (step != null) {
            raiseCheatingAlarm(step);
        }
        advance(now, weightKg);
    }

    /** Moves the state machine on after one valid reading of an open passage. */
    private void advance(Instant now, BigDecimal weightKg) {
        if (weightKg.compareTo(settings.emptyWeightKg()) < 0) {
            closePassage(now);
            return;
        }
        if (isLeaving(weightKg)) {
            changeState(CycleState.LEAVING);
            return;
        }
        if (passage.recorded()) {
            changeState(CycleState.RECORDED);
            return;
        }
        if (!window.isStable()) {
            changeState(CycleState.VEHICLE_ON);
            return;
        }
        passage.markStable(now);
        if (passage.cheatingSuspected() || steps.pending()) {
            changeState(CycleState.STABLE);
            return;
        }
        passage.markRecorded(now, weightKg);
        changeState(CycleState.STABLE);
        listener.onRecorded(passage.snapshot(null));
        changeState(CycleState.RECORDED);
    }

    /**
     * Returns whether the vehicle is leaving: the weight fell below the minimum weight or below half the
     * passage's peak. Axles roll off one by one, so half the peak is passed on the way out even
     * at a low frame rate, where the minimum weight may be skipped between two frames. A vehicle
     * standing half off the deck is not recorded either.
     */
    private boolean isLeaving(BigDecimal weightKg) {
        return weightKg.compareTo(settings.minimumWeightKg()) < 0
                || weightKg.multiply(BigDecimal.valueOf(2)).compareTo(passage.peakKg()) < 0;
    }

    private void openPassage(Instant now) {
        passage = new OpenPassage(now);
        preRollPoints.forEach(passage::addPoint);
        preRollFrames.forEach(passage::addFrame);
        preRollPoints.clear();
        preRollFrames.clear();
        window.clear();
        steps.reset();
    }

    private void closePassage(Instant now) {
        Passage left = passage.snapshot(now);
        passage = null;
        window.clear();
        steps.reset();
        changeState(CycleState.EMPTY);
        listener.onLeft(left);
    }

    private void raiseCheatingAlarm(StepDetector.Step step) {
        passage.markCheating(step.toKg());
        BigDecimal divisions = step.toKg().subtract(step.fromKg())
                .divide(settings.divisionKg(), 1, RoundingMode.HALF_UP);
        String reason = "weight jumped from " + step.fromKg().toPlainString() + " kg to "
                + step.toKg().toPlainString() + " kg (" + divisions.toPlainString() + " divisions) at "
                + step.at() + " between two consecutive readings after it had settled, and held";
        listener.onCheatingSuspected(passage.snapshot(null), reason);
    }

    private void keepFrame(RawFrame frame) {
        if (passage != null) {
            passage.addFrame(frame);
            return;
        }
        if (preRollFrames.size() == PRE_ROLL) {
            preRollFrames.pollFirst();
        }
        preRollFrames.addLast(frame);
    }

    private void keepPreRoll(CurvePoint point) {
        if (preRollPoints.size() == PRE_ROLL) {
            preRollPoints.pollFirst();
        }
        preRollPoints.addLast(point);
    }

    private void changeState(CycleState next) {
        if (state != next) {
            state = next;
            listener.onStateChanged(next, liveWeightKg);
        }
    }

    /**
     * Converts a reading to the weight on the deck in kg. A net reading with its tare in the
     * frame (Toledo) is turned back into gross.
     * NOTE: a net reading without a tare in the frame is taken as the deck weight, which is only
     * right while the indicator's tare is zero.
     */
    private static BigDecimal deckWeightKg(IndicatorReading reading) {
        BigDecimal weight = reading.weight();
        if (reading.kind() == WeightKind.NET && reading.tare() != null) {
            weight = weight.add(reading.tare());
        }
        return toKg(weight, reading.unit());
    }

    static BigDecimal toKg(BigDecimal weight, WeightUnit unit) {
        return switch (unit) {
            case KG -> weight;
            case T -> weight.multiply(KG_PER_T);
            case G -> weight.movePointLeft(3);
        };
    }
}

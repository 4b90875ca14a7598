package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The passage on the scale while it lasts: what the cycle learned so far and its evidence. */
final class OpenPassage {

    /** About 5 minutes at 10 readings a second before the curve is thinned out. */
    static final int CURVE_CAPACITY = 3_000;
    static final int HEAD_FRAMES = 600;
    static final int TAIL_FRAMES = 2_400;

    private final UUID id = UUID.randomUUID();
    private final Instant vehicleOnAt;
    private final CurveBuffer curve = new CurveBuffer(CURVE_CAPACITY);
    private final FrameBuffer frames = new FrameBuffer(HEAD_FRAMES, TAIL_FRAMES);
    private BigDecimal peakKg = BigDecimal.ZERO;
    private Instant stableAt;
    private BigDecimal weightKg;
    private boolean recorded;
    private boolean cheatingSuspected;

    OpenPassage(Instant vehicleOnAt) {
        this.vehicleOnAt = vehicleOnAt;
    }

    void addPoint(CurvePoint point) {
        curve.add(point);
        peakKg = peakKg.max(point.weightKg());
    }

    /** Returns the highest reading so far, which distinguishes a vehicle driving off from one standing on the deck. */
    BigDecimal peakKg() {
        return peakKg;
    }

    void addFrame(RawFrame frame) {
        frames.add(frame);
    }

    void markStable(Instant at) {
        if (stableAt == null) {
            stableAt = at;
        }
    }

    void markRecorded(Instant at, BigDecimal weight) {
        stableAt = at;
        weightKg = weight;
        recorded = true;
    }

    /** Flags the passage; the weight shown after the step becomes its weight unless one was recorded. */
    void markCheating(BigDecimal shownKg) {
        cheatingSuspected = true;
        if (!recorded) {
            weightKg = shownKg;
        }
    }

    boolean recorded() {
        return recorded;
    }

    boolean cheatingSuspected() {
        return cheatingSuspected;
    }

    Passage snapshot(Instant leftAt) {
        return new Passage(id, vehicleOnAt, stableAt, leftAt, weightKg, curve.snapshot(), frames.snapshot(),
                cheatingSuspected);
    }
}

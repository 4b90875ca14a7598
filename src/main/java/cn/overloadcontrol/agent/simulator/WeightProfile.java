package cn.overloadcontrol.agent.simulator;

import java.util.Arrays;
import java.util.Random;

import cn.overloadcontrol.agent.SimulatedPassage;

/**
 * The displayed weight of every frame of one simulated passage, in kg. A passage is the empty
 * deck, the axles rolling on one by one, a decaying swing as the truck settles, and a quiet stand
 * with at most one division of noise. An optional remote-control step follows, then the axles
 * roll off and the deck stays empty until the next truck. Every weight is a whole number of
 * divisions, as an indicator displays it.
 *
 * @param weightsKg   one weight per frame
 * @param firstOn     index of the first frame with the truck's front axle on the deck
 * @param lastOn      index of the frame where the last axle has left and the deck reads 0
 */
public record WeightProfile(long[] weightsKg, int firstOn, int lastOn) {

    /**
     * Seconds of quiet stand before a cheating step. The reading may already lie within one
     * division for the last quarter second of the swing, so the step comes 1.9 to 2.55 s after it
     * settled: well after the cycle's settle time (half its default 3 s window) and well before
     * it would record (the full window), so that frame jitter on a busy machine does not move it
     * out of that gap.
     */
    private static final double STEP_AFTER_MIN = 1.9;
    private static final double STEP_AFTER_MAX = 2.3;
    private static final int SWING_DIVISIONS = 8;
    private static final double SWING_DECAY_SECONDS = 0.5;

    public WeightProfile {
        weightsKg = weightsKg.clone();
    }

    @Override
    public long[] weightsKg() {
        return weightsKg.clone();
    }

    /** Builds the profile of {@code passage} at {@code framesPerSecond}. */
    public static WeightProfile of(SimulatedPassage passage, Random random, long divisionKg, int framesPerSecond) {
        Builder frames = new Builder(random, divisionKg, framesPerSecond);
        long grossKg = passage.grossKg().longValueExact();
        long[] axleLoads = axleLoads(grossKg, passage.truck().axleCount(), random);

        frames.constant(0, frames.seconds(1, 2));
        int firstOn = frames.size();
        frames.driveOn(axleLoads);
        frames.swing(grossKg);
        if (passage.cheating()) {
            frames.quiet(grossKg, frames.seconds(STEP_AFTER_MIN, STEP_AFTER_MAX));
            grossKg += passage.cheatingStepKg().longValueExact();
            frames.quiet(grossKg, frames.seconds(5, 7));
        } else {
            frames.quiet(grossKg, frames.seconds(5, 8));
        }
        frames.driveOff(axleLoads, grossKg);
        int lastOn = frames.size() - 1;
        frames.constant(0, frames.seconds(2, 4));
        return new WeightProfile(frames.toArray(), firstOn, lastOn);
    }

    /** Splits the gross mass over the axles: the steering axle carries less than the others. */
    static long[] axleLoads(long grossKg, int axleCount, Random random) {
        double[] shares = new double[axleCount];
        shares[0] = axleCount == 2 ? 0.30 + 0.08 * random.nextDouble() : 0.12 + 0.08 * random.nextDouble();
        double rest = 1 - shares[0];
        double sum = 0;
        for (int i = 1; i < axleCount; i++) {
            shares[i] = 0.9 + 0.2 * random.nextDouble();
            sum += shares[i];
        }
        long[] loads = new long[axleCount];
        long assigned = 0;
        for (int i = 0; i < axleCount - 1; i++) {
            double share = i == 0 ? shares[0] : rest * shares[i] / sum;
            loads[i] = Math.round(grossKg * share);
            assigned += loads[i];
        }
        loads[axleCount - 1] = grossKg - assigned;
        return loads;
    }

    /** Appends frames and rounds every weight to the division. */
    private static final class Builder {

        private final Random random;
        private final long divisionKg;
        private final int framesPerSecond;
        private long[] weights = new long[256];
        private int size;

        Builder(Random random, long divisionKg, int framesPerSecond) {
            this.random = random;
            this.divisionKg = divisionKg;
            this.framesPerSecond = framesPerSecond;
        }

        int size() {
            return size;
        }

        int seconds(double min, double max) {
            return Math.max(1, (int) Math.round((min + (max - min) * random.nextDouble()) * framesPerSecond));
        }

        void constant(long kg, int count) {
            for (int i = 0; i < count; i++) {
                add(kg);
            }
        }

        /** Appends the axles rolling on, each over about half a second, with the reading wobbling between axles. */
        void driveOn(long[] axleLoads) {
            long onDeck = 0;
            for (int axle = 0; axle < axleLoads.length; axle++) {
                ramp(onDeck, onDeck + axleLoads[axle]);
                onDeck += axleLoads[axle];
                if (axle < axleLoads.length - 1) {
                    rolling(onDeck);
                }
            }
        }

        /** Appends the axles rolling off, front axle first, ending at exactly 0. */
        void driveOff(long[] axleLoads, long shownKg) {
            long onDeck = shownKg;
            long total = Arrays.stream(axleLoads).sum();
            for (int axle = 0; axle < axleLoads.length; axle++) {
                long leaving = axle == axleLoads.length - 1 ? onDeck : Math.round((double) axleLoads[axle] * shownKg / total);
                ramp(onDeck, onDeck - leaving);
                onDeck -= leaving;
                if (axle < axleLoads.length - 1) {
                    rolling(onDeck);
                }
            }
        }

        /**
         * Appends the rocking of a truck after braking: a swing of a few divisions at 1.5 Hz that
         * decays until its amplitude is one division, after about a second.
         */
        void swing(long kg) {
            double duration = SWING_DECAY_SECONDS * Math.log(SWING_DIVISIONS);
            int count = Math.max(1, (int) Math.round(duration * framesPerSecond));
            for (int i = 0; i < count; i++) {
                double t = (double) i / framesPerSecond;
                double amplitude = SWING_DIVISIONS * divisionKg * Math.exp(-t / SWING_DECAY_SECONDS);
                add(kg + Math.round(amplitude * Math.cos(2 * Math.PI * 1.5 * t)));
            }
        }

        /** Appends a standing truck, whose display flickers by one division now and then, never more. */
        void quiet(long kg, int count) {
            for (int i = 0; i < count; i++) {
                add(random.nextDouble() < 0.15 ? kg + divisionKg : kg);
            }
        }

        private void ramp(long fromKg, long toKg) {
            int count = Math.max(2, seconds(0.4, 0.8));
            for (int i = 1; i <= count; i++) {
                add(fromKg + (toKg - fromKg) * i / count);
            }
        }

        /** Less than a second between axles, wobbling by up to two divisions either way. */
        private void rolling(long kg) {
            int count = seconds(0.4, 1.0);
            for (int i = 0; i < count; i++) {
                add(kg + (random.nextInt(5) - 2) * divisionKg);
            }
        }

        private void add(long kg) {
            if (size == weights.length) {
                weights = Arrays.copyOf(weights, size * 2);
            }
            weights[size++] = Math.max(0, Math.round((double) kg / divisionKg) * divisionKg);
        }

        long[] toArray() {
            return Arrays.copyOf(weights, size);
        }
    }
}

package cn.overloadcontrol.agent.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;

import cn.overloadcontrol.agent.SimulatedPassage;
import cn.overloadcontrol.agent.SimulatedTruck;
import cn.overloadcontrol.agent.SimulatorSettings;
import cn.overloadcontrol.device.IndicatorFrames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's writer thread: draws passages one after another and writes their frames at
 * the indicator's frame rate, sped up by the time scale, until stopped or the passage limit is
 * reached. The stability flag, where the protocol has one, is set when the last half second of
 * displayed weights stays within one division, as an indicator's motion detection would.
 */
public final class SimulationRun implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(SimulationRun.class);
    /** Passages kept for {@link #passages()}. */
    private static final int HISTORY = 100;
    /** When the writer falls this far behind (a reader that stalled), it drops the backlog instead of bursting. */
    private static final long MAX_LAG_NANOS = 1_000_000_000L;

    private final SimulatorSettings settings;
    private final OutputStream output;
    private final String target;
    private final Random random;
    private final TruckGenerator trucks;
    private final long frameNanos;
    private final long[] recentKg;
    private final Deque<SimulatedPassage> history = new ArrayDeque<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile SimulatedTruck currentTruck;
    private volatile boolean stopping;
    private long framesWritten;

    public SimulationRun(SimulatorSettings settings, OutputStream output, String target, Clock clock) {
        this.settings = settings;
        this.output = output;
        this.target = target;
        this.random = new Random(settings.seed());
        this.trucks = new TruckGenerator(random, settings.divisionKg(), settings.cheatingProbability(), clock);
        this.frameNanos = Math.round(1e9 / settings.framesPerSecond() / settings.timeScale());
        this.recentKg = new long[Math.max(2, settings.framesPerSecond() / 2)];
    }

    @Override
    public void run() {
        log.info("Indicator simulator writing {} frames to {} at {} frames/s, time scale {}, seed {}",
                settings.protocol().id(), target, settings.framesPerSecond(), settings.timeScale(), settings.seed());
        try {
            long next = System.nanoTime();
            for (int number = 1; !stopping && (settings.passageLimit() == 0 || number <= settings.passageLimit());
                 number++) {
                next = drive(trucks.next(number), next);
            }
            log.info("Indicator simulator stopped after {} frames", framesWritten);
        } catch (IOException e) {
            if (stopping) {
                log.info("Indicator simulator stopped after {} frames", framesWritten);
            } else {
                // The usual cause is an unplugged line (the socat pair was stopped), which the
                // indicator link reports and recovers from, so this is a warning without a trace.
                log.warn("Indicator simulator stopped: writing to {} failed after {} frames: {}", target,
                        framesWritten, e.toString());
            }
        } finally {
            currentTruck = null;
            finished.countDown();
        }
    }

    /** Asks the thread to stop after the current frame. */
    public void stop() {
        stopping = true;
    }

    public CountDownLatch finished() {
        return finished;
    }

    public Optional<SimulatedTruck> currentTruck() {
        return Optional.ofNullable(currentTruck);
    }

    /** Returns the latest passages, oldest first, up to the last 100. */
    public List<SimulatedPassage> passages() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    private long drive(SimulatedPassage passage, long next) throws IOException {
        remember(passage);
        log.info("Simulated passage {}: {} {} axles {} {} kg (limit {} kg){}", passage.number(),
                passage.truck().plate(), passage.truck().axleCount(), passage.truck().cargo(), passage.grossKg(),
                passage.limitKg(), passage.cheating() ? ", remote-control step " + passage.cheatingStepKg() + " kg" : "");
        WeightProfile profile = WeightProfile.of(passage, random, settings.divisionKg().longValueExact(),
                settings.framesPerSecond());
        long[] weights = profile.weightsKg();
        for (int i = 0; i < weights.length && !stopping; i++) {
            if (i == profile.firstOn()) {
                currentTruck = passage.truck();
            }
            next = waitUntil(next);
            write(weights[i]);
            if (i == profile.lastOn()) {
                currentTruck = null;
            }
        }
        return next;
    }

    private long waitUntil(long next) {
        long now = System.nanoTime();
        if (now - next > MAX_LAG_NANOS) {
            next = now;
        }
        while (next - System.nanoTime() > 0) {
            LockSupport.parkNanos(next - System.nanoTime());
        }
        return next + frameNanos;
    }

    private void write(long weightKg) throws IOException {
        recentKg[(int) (framesWritten % recentKg.length)] = weightKg;
        byte[] frame = IndicatorFrames.encode(settings.protocol(), BigDecimal.valueOf(weightKg), stable(),
                settings.protocolOptions());
        output.write(frame);
        output.flush();
        framesWritten++;
    }

    /** Returns whether the last half second of weights stays within one division, false until that many frames were sent. */
    private boolean stable() {
        if (framesWritten + 1 < recentKg.length) {
            return false;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (long kg : recentKg) {
            min = Math.min(min, kg);
            max = Math.max(max, kg);
        }
        return max - min <= settings.divisionKg().longValueExact();
    }

    private void remember(SimulatedPassage passage) {
        synchronized (history) {
            if (history.size() == HISTORY) {
                history.pollFirst();
            }
            history.addLast(passage);
        }
    }
}

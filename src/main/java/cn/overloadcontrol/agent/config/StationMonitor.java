package cn.overloadcontrol.agent.config;

import java.math.BigDecimal;
import java.time.Instant;

import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorHealthListener;
import cn.overloadcontrol.device.IndicatorLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's live state for the local page and the heartbeat: the indicator link's last
 * health change, the live weight and the weighing cycle's state.
 */
public class StationMonitor implements IndicatorHealthListener {

    private static final Logger log = LoggerFactory.getLogger(StationMonitor.class);

    private volatile IndicatorHealth indicator;
    private volatile IndicatorLink link;
    private volatile BigDecimal liveWeightKg;
    private volatile String cycleState;
    private volatile Runnable stateChangeListener = () -> { };

    @Override
    public void onHealth(IndicatorHealth health) {
        IndicatorHealth before = indicator;
        indicator = health;
        if (before == null || before.state() != health.state()) {
            log.info("Indicator {} is {}: {}", health.device(), health.state(), health.reason());
            stateChangeListener.run();
        }
    }

    /** Sets what runs when the indicator's state changes, on the link's thread; it must not block. */
    public void onStateChange(Runnable listener) {
        this.stateChangeListener = listener;
    }

    /** Attaches the running link, whose last frame time and counters are read live. */
    public void attach(IndicatorLink running) {
        this.link = running;
    }

    /** Returns when the last valid frame arrived, read from the link, or {@code null}. */
    public Instant lastFrameAt() {
        IndicatorLink current = link;
        IndicatorHealth health = indicator;
        if (current != null) {
            return current.lastFrameAt();
        }
        return health == null ? null : health.lastFrameAt();
    }

    /** Returns the framer's counters, read from the link, or {@code null} before any health change. */
    public FramerCounters counters() {
        IndicatorLink current = link;
        IndicatorHealth health = indicator;
        if (current != null) {
            return current.counters();
        }
        return health == null ? null : health.counters();
    }

    public void onCycle(String state, BigDecimal weightKg) {
        this.cycleState = state;
        this.liveWeightKg = weightKg;
    }

    /** Returns the last health change of the indicator link, or {@code null} when none is configured or started. */
    public IndicatorHealth indicator() {
        return indicator;
    }

    public BigDecimal liveWeightKg() {
        return liveWeightKg;
    }

    public String cycleState() {
        return cycleState;
    }
}

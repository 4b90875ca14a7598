package cn.overloadcontrol.agent.config;

import java.math.BigDecimal;

import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorHealthListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The station's live state for the local page and the heartbeat: the indicator link's last
 * health change, the live weight and the weighing cycle's state.
 */
public class StationMonitor implements IndicatorHealthListener {

    private static final Logger log = LoggerFactory.getLogger(StationMonitor.class);

    private volatile IndicatorHealth indicator;
    private volatile BigDecimal liveWeightKg;
    private volatile String cycleState;

    @Override
    public void onHealth(IndicatorHealth health) {
        IndicatorHealth before = indicator;
        indicator = health;
        if (before == null || before.state() != health.state()) {
            log.info("Indicator {} is {}: {}", health.device(), health.state(), health.reason());
        }
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

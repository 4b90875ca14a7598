package cn.overloadcontrol.agent.config;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import cn.overloadcontrol.agent.ScaleSettings;
import cn.overloadcontrol.agent.WeighingCycle;
import cn.overloadcontrol.agent.desk.CycleJournal;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.device.IndicatorFanOut;
import cn.overloadcontrol.device.IndicatorLink;
import cn.overloadcontrol.device.IndicatorLinks;
import cn.overloadcontrol.device.IndicatorProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Connects the scale: indicator link, then fan-out, then weighing cycle, then the passage desk
 * and its journal. The forwarder sends what the desk journals. With {@code station.indicator.transport=none}
 * and no simulator, the station runs without a scale (for pairing and tests).
 */
@Component
class ScaleWiring implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScaleWiring.class);
    private static final Duration TCP_CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final StationProperties properties;
    private final StationMonitor monitor;
    private final IndicatorFanOut fanOut = new IndicatorFanOut();
    private final WeighingCycle cycle;
    private IndicatorLink link;

    ScaleWiring(StationProperties properties, PassageDesk desk, StationMonitor monitor, Clock clock) {
        this.properties = properties;
        this.monitor = monitor;
        this.cycle = new WeighingCycle(ScaleSettings.defaults(), clock,
                new CycleJournal(desk, (state, weightKg) -> monitor.onCycle(state.name(), weightKg)));
        fanOut.subscribe(cycle);
    }

    @Override
    public void afterPropertiesSet() {
        StationProperties.Indicator indicator = properties.indicator();
        link = switch (indicator.transport()) {
            case "serial" -> IndicatorLinks.serial(indicator.port(), indicator.baud(), indicator.format(),
                    protocol(indicator), Map.of(), fanOut, monitor, indicator.silenceLimit());
            case "tcp" -> IndicatorLinks.tcp(indicator.host(), indicator.tcpPort(), TCP_CONNECT_TIMEOUT,
                    protocol(indicator), Map.of(), fanOut, monitor, indicator.silenceLimit());
            case "none" -> null;
            default -> throw new IllegalArgumentException("station.indicator.transport \"" + indicator.transport()
                    + "\" is invalid; use serial, tcp or none");
        };
        if (link == null) {
            log.info("No weighing indicator configured (station.indicator.transport=none)");
            return;
        }
        link.start();
        log.info("Reading the weighing indicator over {} with protocol {}", indicator.transport(),
                indicator.protocol());
    }

    /** Returns the fan-out that feeds the cycle, for extra consumers such as a simulator check. */
    IndicatorFanOut fanOut() {
        return fanOut;
    }

    @Override
    public void destroy() {
        if (link != null) {
            link.close();
        }
    }

    private static IndicatorProtocol protocol(StationProperties.Indicator indicator) {
        return IndicatorProtocol.fromId(indicator.protocol()).orElseThrow(() -> new IllegalArgumentException(
                "station.indicator.protocol \"" + indicator.protocol() + "\" is unknown; see tools decode --help"));
    }
}

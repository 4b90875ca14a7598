package cn.overloadcontrol.agent.config;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.agent.CycleState;
import cn.overloadcontrol.agent.ScaleSettings;
import cn.overloadcontrol.agent.SimulatorSettings;
import cn.overloadcontrol.agent.WeighingCycle;
import cn.overloadcontrol.agent.desk.CycleJournal;
import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.evidence.EvidenceCapture;
import cn.overloadcontrol.agent.evidence.PlateReads;
import cn.overloadcontrol.agent.evidence.SimulatedPlateCamera;
import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.device.IndicatorFanOut;
import cn.overloadcontrol.device.IndicatorLink;
import cn.overloadcontrol.device.IndicatorLinks;
import cn.overloadcontrol.device.IndicatorProtocol;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Connects the scale: indicator link, then fan-out, then weighing cycle, then the passage desk
 * and its journal. The forwarder sends what the desk journals. {@code station.simulate=true}
 * reads the built-in simulator instead of the configured indicator. With
 * {@code station.indicator.transport=none} and no simulator, the station runs without a scale.
 */
@Component
class ScaleWiring implements InitializingBean, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ScaleWiring.class);
    private static final Duration TCP_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** A pseudo-terminal ignores line settings; these only satisfy the serial reader's checks. */
    private static final int SIMULATOR_BAUD = 9600;
    private static final String SIMULATOR_FORMAT = "8N1";

    private final StationProperties properties;
    private final StationMonitor monitor;
    private final IndicatorFanOut fanOut = new IndicatorFanOut();
    private final WeighingCycle cycle;
    private final SimulatedIndicator simulated;
    private IndicatorLink link;

    ScaleWiring(StationProperties properties, PassageDesk desk, StationMonitor monitor, Clock clock,
            EvidenceCapture evidence, PlateReads plates, ObjectProvider<SimulatedPlateCamera> simulatedPlate) {
        this.properties = properties;
        this.monitor = monitor;
        this.simulated = properties.simulate() ? new SimulatedIndicator(properties.dataDir()) : null;
        this.cycle = new WeighingCycle(ScaleSettings.defaults(), clock,
                new CycleJournal(desk, (state, weightKg) -> {
                    monitor.onCycle(state.name(), weightKg);
                    if (state == CycleState.VEHICLE_ON) {
                        simulatedTruckDrivesOn(simulatedPlate.getIfAvailable());
                    }
                }, sequence -> simulatedInput(plates, sequence),
                        (passage, sequence) -> evidence.passageRecorded(sequence, passage.stableAt())));
        fanOut.subscribe(cycle);
    }

    /** Lets the simulated plate camera read the truck that is driving onto the scale. */
    private void simulatedTruckDrivesOn(SimulatedPlateCamera camera) {
        if (simulated == null || camera == null) {
            return;
        }
        simulated.currentTruck().ifPresent(truck -> camera.truckDrivesOn(truck.plate(),
                hikvisionColor(truck.plateColor())));
    }

    /**
     * Completes a simulated passage as an operator would: with the camera's plate when it read one,
     * else with the truck's plate typed in. When the camera's only read was unreadable, the record
     * keeps the camera's raw text (such as 无车牌), so the platform flags it as having no readable plate.
     */
    private Optional<OperatorInput> simulatedInput(PlateReads plates, long passageSequence) {
        if (simulated == null) {
            return Optional.empty();
        }
        Optional<PlateReads.PlateRead> read = plates.match(passageSequence);
        return simulated.currentInput().map(input -> read.map(camera -> new OperatorInput(
                camera.readable() ? camera.plate() : camera.rawPlate(),
                camera.readable() && camera.colorCode() != null ? camera.colorCode() : input.plateColorCode(),
                input.axleCount(), input.vehicleType(), input.cargoName(), input.loadingBillNumber(),
                input.releaseDecision(), input.operatorName())).orElse(input));
    }

    private static String hikvisionColor(PlateColor color) {
        return switch (color) {
            case BLUE -> "blue";
            case YELLOW -> "yellow";
            case WHITE -> "white";
            case BLACK -> "black";
            case GREEN, YELLOW_GREEN, GRADIENT_GREEN -> "green";
            default -> "unknown";
        };
    }

    @Override
    public void afterPropertiesSet() throws IOException {
        if (simulated != null) {
            startSimulated();
            return;
        }
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
        monitor.attach(link);
        link.start();
        log.info("Reading the weighing indicator over {} with protocol {}", indicator.transport(),
                indicator.protocol());
    }

    /** Reads the simulator's pseudo-terminal with the simulator's protocol, like a local serial port. */
    private void startSimulated() throws IOException {
        simulated.start();
        link = IndicatorLinks.serial(simulated.devicePath(), SIMULATOR_BAUD, SIMULATOR_FORMAT,
                SimulatorSettings.defaults(0).protocol(), Map.of(), fanOut, monitor,
                properties.indicator().silenceLimit());
        monitor.attach(link);
        link.start();
        log.info("Reading the simulated indicator at {}; records are completed with the simulated truck",
                simulated.devicePath());
    }

    @Override
    public void destroy() {
        if (link != null) {
            link.close();
        }
        if (simulated != null) {
            simulated.close();
        }
    }

    private static IndicatorProtocol protocol(StationProperties.Indicator indicator) {
        return IndicatorProtocol.fromId(indicator.protocol()).orElseThrow(() -> new IllegalArgumentException(
                "station.indicator.protocol \"" + indicator.protocol() + "\" is unknown; see tools decode --help"));
    }
}

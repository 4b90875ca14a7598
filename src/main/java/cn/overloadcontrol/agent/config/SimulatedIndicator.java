package cn.overloadcontrol.agent.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.agent.IndicatorSimulator;
import cn.overloadcontrol.agent.SimulatedTruck;
import cn.overloadcontrol.agent.SimulatorSettings;
import cn.overloadcontrol.agent.desk.OperatorInput;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.device.PseudoTerminalPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The indicator simulator of {@code station --simulate}, behind a socat pseudo-terminal pair
 * with fixed link paths in the data folder, so that the station's serial reader always opens the
 * same path. When socat ends (for example killed to imitate an unplugged indicator) the
 * simulator is restarted after {@link #RESTART_DELAY_SECONDS} seconds on the same paths, and the
 * reader, which retries opening its port, recovers by itself.
 */
final class SimulatedIndicator implements AutoCloseable {

    /** Long enough that at least one regular heartbeat reports the indicator offline to the platform. */
    static final long RESTART_DELAY_SECONDS = 60;
    private static final Logger log = LoggerFactory.getLogger(SimulatedIndicator.class);

    private final Path stationEnd;
    private final Path simulatorEnd;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "indicator-simulator-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile PseudoTerminalPair terminals;
    private volatile IndicatorSimulator simulator;
    private volatile long restartAt;

    SimulatedIndicator(Path dataDir) {
        this.stationEnd = dataDir.toAbsolutePath().resolve("indicator-station");
        this.simulatorEnd = dataDir.toAbsolutePath().resolve("indicator-simulator");
    }

    /** Returns the device path the station reads, like a serial port. */
    String devicePath() {
        return stationEnd.toString();
    }

    /**
     * Starts socat and the simulator, and watches socat every 2 seconds.
     *
     * @throws IOException when socat is missing or does not start
     */
    void start() throws IOException {
        open();
        watcher.scheduleWithFixedDelay(this::watch, 2, 2, TimeUnit.SECONDS);
    }

    /** Returns what the operator would type for the truck now on the scale, if there is one. */
    Optional<OperatorInput> currentInput() {
        IndicatorSimulator current = simulator;
        if (current == null) {
            return Optional.empty();
        }
        return current.currentTruck().map(SimulatedIndicator::input);
    }

    /** Returns the truck now on the scale, if there is one. */
    Optional<SimulatedTruck> currentTruck() {
        IndicatorSimulator current = simulator;
        return current == null ? Optional.empty() : current.currentTruck();
    }

    private static OperatorInput input(SimulatedTruck truck) {
        String colorCode = PlateColorCodes.JTT_697_7_2014.toCode(truck.plateColor()).map(String::valueOf)
                .orElse(null);
        return new OperatorInput(truck.plate(), colorCode, truck.axleCount(), truck.vehicleType().name(),
                truck.cargo(), null, "RELEASE", "模拟司磅员");
    }

    private synchronized void open() throws IOException {
        terminals = PseudoTerminalPair.start(stationEnd, simulatorEnd);
        simulator = IndicatorSimulator.toDevice(SimulatorSettings.defaults(System.nanoTime()), simulatorEnd);
        simulator.start();
        log.info("Simulated indicator started: the station reads {}, the simulator writes {}", stationEnd,
                simulatorEnd);
    }

    private void watch() {
        try {
            if (terminals != null && terminals.isAlive()) {
                return;
            }
            if (restartAt == 0) {
                log.warn("socat of the simulated indicator has stopped (as if the indicator were unplugged);"
                        + " restarting it in {} s", RESTART_DELAY_SECONDS);
                stopSimulator();
                restartAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(RESTART_DELAY_SECONDS);
                return;
            }
            if (System.nanoTime() >= restartAt) {
                restartAt = 0;
                open();
            }
        } catch (IOException | RuntimeException e) {
            log.error("Restarting the simulated indicator failed; trying again in {} s", RESTART_DELAY_SECONDS, e);
            restartAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(RESTART_DELAY_SECONDS);
        }
    }

    private synchronized void stopSimulator() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
        if (terminals != null) {
            terminals.close();
            terminals = null;
        }
    }

    @Override
    public void close() {
        watcher.shutdownNow();
        stopSimulator();
    }
}

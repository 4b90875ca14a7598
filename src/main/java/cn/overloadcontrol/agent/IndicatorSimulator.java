package cn.overloadcontrol.agent;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.agent.simulator.ScaledClock;
import cn.overloadcontrol.agent.simulator.SimulationRun;
import cn.overloadcontrol.device.PseudoTerminalPair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A simulated weighing indicator for demos and tests: it drives plausible truck passages over a
 * virtual scale and sends each frame as real bytes of the configured protocol, so the station's
 * real serial reader, framer and weighing cycle process them. It also reports to the station which
 * truck is on the scale, standing in for the operator and the plate cameras.
 *
 * <p>Typical use: {@link #onPseudoTerminal} creates a socat pseudo-terminal pair, the simulator
 * writes into one end, and the station reads {@link #devicePath()} like a serial port.
 */
public final class IndicatorSimulator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IndicatorSimulator.class);

    private final SimulatorSettings settings;
    private final OutputStream output;
    private final PseudoTerminalPair terminals;
    private final String devicePath;
    private final ScaledClock clock;
    private final SimulationRun run;
    private Thread thread;

    private IndicatorSimulator(SimulatorSettings settings, OutputStream output, String target,
                               PseudoTerminalPair terminals, String devicePath) {
        this.settings = settings;
        this.output = output;
        this.terminals = terminals;
        this.devicePath = devicePath;
        this.clock = new ScaledClock(settings.timeScale());
        this.run = new SimulationRun(settings, output, target, clock);
    }

    /**
     * Creates a simulator behind a new socat pseudo-terminal pair; the station reads {@link #devicePath()}.
     *
     * @throws IOException when socat is missing or fails; the reason is logged as an error too
     */
    public static IndicatorSimulator onPseudoTerminal(SimulatorSettings settings) throws IOException {
        Objects.requireNonNull(settings, "settings");
        if (!PseudoTerminalPair.socatInstalled()) {
            String message = "socat is not installed, and the indicator simulator needs it for a pseudo-terminal:"
                    + " install it (apt-get install socat) or configure a real indicator";
            log.error("Indicator simulator cannot start: {}", message);
            throw new IOException(message);
        }
        PseudoTerminalPair terminals;
        try {
            terminals = PseudoTerminalPair.start();
        } catch (IOException e) {
            log.error("Indicator simulator cannot start: {}", e.getMessage());
            throw e;
        }
        try {
            OutputStream output = Files.newOutputStream(Path.of(terminals.secondPath()));
            return new IndicatorSimulator(settings, output, terminals.secondPath(), terminals, terminals.firstPath());
        } catch (IOException e) {
            terminals.close();
            log.error("Indicator simulator cannot open {}: {}", terminals.secondPath(), e.getMessage());
            throw e;
        }
    }

    /** Creates a simulator that writes into an existing device, such as one end of a serial null-modem pair. */
    public static IndicatorSimulator toDevice(SimulatorSettings settings, Path device) throws IOException {
        OutputStream output = Files.newOutputStream(device);
        return new IndicatorSimulator(settings, output, device.toString(), null, null);
    }

    /** Creates a simulator that writes into {@code output}, which it closes when stopped. */
    public static IndicatorSimulator toStream(SimulatorSettings settings, OutputStream output) {
        return new IndicatorSimulator(settings, output, "a stream", null, null);
    }

    /** Starts the writer thread. */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the indicator simulator was already started");
        }
        thread = new Thread(run, "indicator-simulator");
        thread.setDaemon(true);
        thread.start();
    }

    public SimulatorSettings settings() {
        return settings;
    }

    /** Returns the pseudo-terminal the station should read, when the simulator made one. */
    public Optional<String> devicePath() {
        return Optional.ofNullable(devicePath);
    }

    /** Returns the truck on the scale from its first axle rolling on until the deck is empty, if any. */
    public Optional<SimulatedTruck> currentTruck() {
        return run.currentTruck();
    }

    /** Returns the latest passages driven or being driven, oldest first, up to the last 100. */
    public List<SimulatedPassage> passages() {
        return run.passages();
    }

    /**
     * Returns the clock of simulated time. A weighing cycle fed by this simulator uses it, so its
     * stable window means simulated seconds when the time scale is above 1.
     */
    public Clock clock() {
        return clock;
    }

    /** Waits until the passage limit is reached or the simulator stopped; returns false on timeout. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return run.finished().await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the writer thread, closes the output and stops socat. */
    @Override
    public void close() {
        run.stop();
        try {
            if (thread != null && !awaitFinished(Duration.ofSeconds(2))) {
                log.warn("Indicator simulator thread did not stop within 2 s; closing its output");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            output.close();
        } catch (IOException e) {
            log.warn("Indicator simulator could not close its output: {}", e.getMessage());
        }
        if (terminals != null) {
            terminals.close();
        }
    }
}

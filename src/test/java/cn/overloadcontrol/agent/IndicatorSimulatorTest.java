package cn.overloadcontrol.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import cn.overloadcontrol.device.IndicatorLink;
import cn.overloadcontrol.device.IndicatorLinks;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.PseudoTerminalPair;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The simulator through a real socat pseudo-terminal into the station's real serial reader,
 * framer and weighing cycle, at five times real speed.
 */
class IndicatorSimulatorTest {

    private static final int PASSAGES = 4;
    /** With this seed the first four passages include honest and cheating ones. */
    private static final long SEED = 1L;
    private static final BigDecimal DIVISION = BigDecimal.valueOf(20);

    @Test
    void passagesThroughPseudoTerminalReachTheCycle() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(PseudoTerminalPair.socatInstalled(), "socat not installed: apt-get install socat");
        }
        SimulatorSettings settings = SimulatorSettings.defaults(SEED).withCheatingProbability(0.5)
                .withTimeScale(5).withPassageLimit(PASSAGES);
        RecordingPassages events = new RecordingPassages();
        Set<String> trucksSeen = new CopyOnWriteArraySet<>();

        try (IndicatorSimulator simulator = IndicatorSimulator.onPseudoTerminal(settings)) {
            WeighingCycle cycle = new WeighingCycle(ScaleSettings.defaults(), simulator.clock(), events);
            try (IndicatorLink link = IndicatorLinks.serial(simulator.devicePath().orElseThrow(), 9600, "8N1",
                    IndicatorProtocol.YAOHUA_A9, Map.of(), cycle, health -> { }, Duration.ofSeconds(10))) {
                link.start();
                simulator.start();
                await(Duration.ofSeconds(90), () -> {
                    simulator.currentTruck().ifPresent(truck -> trucksSeen.add(truck.plate()));
                    return events.left.size() == PASSAGES;
                });
                assertThat(simulator.awaitFinished(Duration.ofSeconds(10))).isTrue();
            }

            List<SimulatedPassage> driven = simulator.passages();
            assertThat(driven).hasSize(PASSAGES);
            assertThat(driven).anyMatch(SimulatedPassage::cheating).anyMatch(passage -> !passage.cheating());
            assertThat(trucksSeen).isEqualTo(driven.stream().map(p -> p.truck().plate()).collect(Collectors.toSet()));
            assertThat(simulator.currentTruck()).isEqualTo(Optional.empty());

            List<UUID> recordedIds = events.recorded.stream().map(Passage::id).toList();
            for (int i = 0; i < PASSAGES; i++) {
                SimulatedPassage truth = driven.get(i);
                Passage passage = events.left.get(i);
                String label = "passage " + truth.number() + " " + truth;
                assertThat(passage.frames()).as(label).isNotEmpty();
                if (truth.cheating()) {
                    // Real-time jitter may let the record come first; the alarm is raised either way.
                    assertThat(passage.cheatingSuspected()).as(label).isTrue();
                } else {
                    assertThat(passage.cheatingSuspected()).as(label).isFalse();
                    assertThat(recordedIds).as(label).containsOnlyOnce(passage.id());
                    assertThat(passage.weightKg().subtract(truth.grossKg()).abs()).as(label)
                            .isLessThanOrEqualTo(DIVISION);
                }
            }
        }
    }

    @Test
    void settingsRejectInvalidValues() {
        SimulatorSettings defaults = SimulatorSettings.defaults(1);

        assertThatThrownBy(() -> defaults.withProtocol(IndicatorProtocol.YAOHUA_A9_POLL, Map.of()))
                .hasMessageContaining("protocol=yaohua-a9-poll");
        assertThatThrownBy(() -> defaults.withCheatingProbability(1.5)).hasMessageContaining("cheatingProbability=1.5");
        assertThatThrownBy(() -> defaults.withTimeScale(0)).hasMessageContaining("timeScale=0.0");
        assertThatThrownBy(() -> defaults.withPassageLimit(-1)).hasMessageContaining("passageLimit=-1");
        assertThatThrownBy(() -> defaults.withProtocol(IndicatorProtocol.TOLEDO, Map.of("unit", "lb")))
                .hasMessageContaining("unit=lb");
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within %s", timeout).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

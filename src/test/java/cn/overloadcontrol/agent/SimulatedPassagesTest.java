package cn.overloadcontrol.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.overloadcontrol.device.IndicatorFramer;
import cn.overloadcontrol.device.IndicatorProtocol;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Many simulated passages through the real encoder, framer and weighing cycle, with simulated
 * time stepped per frame so the outcome is exact. Every honest passage is recorded once within a
 * division of its true weight. Every cheating passage raises the alarm and is not recorded.
 */
class SimulatedPassagesTest {

    private static final int PASSAGES = 100;
    private static final BigDecimal DIVISION = BigDecimal.valueOf(20);

    static List<Arguments> indicators() {
        return List.of(
                Arguments.of(IndicatorProtocol.YAOHUA_A9, Map.of()),
                Arguments.of(IndicatorProtocol.TOLEDO, Map.of("unit", "t")),
                Arguments.of(IndicatorProtocol.REGEX, Map.of()));
    }

    @ParameterizedTest
    @MethodSource("indicators")
    void everyPassageIsRecordedOrAlarmed(IndicatorProtocol protocol, Map<String, String> options) throws Exception {
        SteppingClock clock = new SteppingClock(Instant.parse("2026-12-04T08:00:00Z"));
        RecordingPassages events = new RecordingPassages();
        WeighingCycle cycle = new WeighingCycle(ScaleSettings.defaults(), clock, events);
        IndicatorFramer framer = protocol.newFramer(options, cycle);
        SimulatorSettings settings = SimulatorSettings.defaults(20261204L).withProtocol(protocol, options)
                .withCheatingProbability(0.2).withTimeScale(1000).withPassageLimit(PASSAGES);

        try (IndicatorSimulator simulator = IndicatorSimulator.toStream(settings,
                new FrameFeed(framer, clock, Duration.ofMillis(100)))) {
            simulator.start();
            assertThat(simulator.awaitFinished(Duration.ofMinutes(2))).isTrue();

            List<SimulatedPassage> driven = simulator.passages();
            assertThat(driven).hasSize(PASSAGES);
            assertThat(events.left).hasSize(PASSAGES);
            assertThat(driven).filteredOn(SimulatedPassage::cheating).hasSizeBetween(10, 35);
            assertThat(driven).filteredOn(SimulatedPassage::overLimit).isNotEmpty();

            List<UUID> recordedIds = events.recorded.stream().map(Passage::id).toList();
            for (int i = 0; i < PASSAGES; i++) {
                SimulatedPassage truth = driven.get(i);
                Passage passage = events.left.get(i);
                String label = "passage " + truth.number() + " " + truth;
                if (truth.cheating()) {
                    assertThat(passage.cheatingSuspected()).as(label).isTrue();
                    assertThat(recordedIds).as(label).doesNotContain(passage.id());
                } else {
                    assertThat(passage.cheatingSuspected()).as(label).isFalse();
                    assertThat(recordedIds).as(label).containsOnlyOnce(passage.id());
                    assertThat(passage.weightKg().subtract(truth.grossKg()).abs()).as(label)
                            .isLessThanOrEqualTo(DIVISION);
                }
            }
            assertThat(events.alarms).hasSize((int) driven.stream().filter(SimulatedPassage::cheating).count());
        }
    }
}

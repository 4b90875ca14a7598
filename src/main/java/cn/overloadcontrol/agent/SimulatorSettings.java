package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

import cn.overloadcontrol.device.IndicatorFrames;
import cn.overloadcontrol.device.IndicatorProtocol;

/**
 * Settings of the indicator simulator.
 *
 * @param protocol            the protocol of the simulated indicator; one that
 *                            {@link IndicatorFrames#supported()} lists
 * @param protocolOptions     its options, as the station's reader is configured with them
 * @param divisionKg          the display step in kg; every weight sent is a multiple of it
 * @param framesPerSecond     frames the indicator sends per second of simulated time
 * @param cheatingProbability chance from 0 to 1 that a passage gets a remote-control step
 * @param seed                seed of the random generator, so a run can be repeated exactly
 * @param timeScale           simulated seconds per real second: 1 for a demo, more for tests
 * @param passageLimit        passages to drive before the simulator stops, or 0 for no end
 */
public record SimulatorSettings(IndicatorProtocol protocol, Map<String, String> protocolOptions,
                                BigDecimal divisionKg, int framesPerSecond, double cheatingProbability,
                                long seed, double timeScale, int passageLimit) {

    public SimulatorSettings {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(divisionKg, "divisionKg");
        protocolOptions = Map.copyOf(protocolOptions);
        if (!IndicatorFrames.supported().contains(protocol)) {
            throw invalid("protocol", protocol.id(), "the simulator can send "
                    + IndicatorFrames.supported().stream().map(IndicatorProtocol::id).sorted().toList());
        }
        protocol.checkOptions(protocolOptions);
        if (divisionKg.signum() <= 0 || divisionKg.stripTrailingZeros().scale() > 0) {
            throw invalid("divisionKg", divisionKg.toPlainString(), "must be a whole number of kg greater than 0");
        }
        if (framesPerSecond < 1 || framesPerSecond > 50) {
            throw invalid("framesPerSecond", framesPerSecond, "must be from 1 to 50");
        }
        if (!(cheatingProbability >= 0 && cheatingProbability <= 1)) {
            throw invalid("cheatingProbability", cheatingProbability, "must be from 0 to 1");
        }
        if (!(timeScale > 0 && timeScale <= 1000)) {
            throw invalid("timeScale", timeScale, "must be greater than 0 and at most 1000");
        }
        if (passageLimit < 0) {
            throw invalid("passageLimit", passageLimit, "must be 0 (no end) or more");
        }
    }

    /** Returns the defaults: Yaohua A9 in kg, 20 kg division, 10 frames/s, 5% cheating, real time, no end. */
    public static SimulatorSettings defaults(long seed) {
        return new SimulatorSettings(IndicatorProtocol.YAOHUA_A9, Map.of(), BigDecimal.valueOf(20), 10, 0.05,
                seed, 1.0, 0);
    }

    public SimulatorSettings withProtocol(IndicatorProtocol newProtocol, Map<String, String> newOptions) {
        return new SimulatorSettings(newProtocol, newOptions, divisionKg, framesPerSecond, cheatingProbability,
                seed, timeScale, passageLimit);
    }

    public SimulatorSettings withCheatingProbability(double probability) {
        return new SimulatorSettings(protocol, protocolOptions, divisionKg, framesPerSecond, probability,
                seed, timeScale, passageLimit);
    }

    public SimulatorSettings withTimeScale(double scale) {
        return new SimulatorSettings(protocol, protocolOptions, divisionKg, framesPerSecond, cheatingProbability,
                seed, scale, passageLimit);
    }

    public SimulatorSettings withPassageLimit(int limit) {
        return new SimulatorSettings(protocol, protocolOptions, divisionKg, framesPerSecond, cheatingProbability,
                seed, timeScale, limit);
    }

    private static IllegalArgumentException invalid(String field, Object value, String rule) {
        return new IllegalArgumentException("invalid simulator setting " + field + "=" + value + ": " + rule);
    }
}

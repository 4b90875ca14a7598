package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * Per-scale settings of the weighing cycle.
 *
 * @param divisionKg               the scale's verification interval e (分度值) in kg; the reading is
 *                                 stable when it varies by at most one division over the window
 * @param stableWindow             how long the reading must stay within one division to be stable
 * @param minimumWeightKg          weight at which a vehicle counts as on the scale; nothing below is recorded
 * @param emptyWeightKg            weight below which the deck counts as empty and the passage ends
 * @param cheatingStepDivisions    size in divisions of a jump between two settled levels that raises
 *                                 the remote-control alarm
 * @param trustIndicatorStableFlag whether the indicator's own stability flag replaces the computed
 *                                 stability where the protocol has a flag
 */
public record ScaleSettings(BigDecimal divisionKg, Duration stableWindow, BigDecimal minimumWeightKg,
                            BigDecimal emptyWeightKg, int cheatingStepDivisions,
                            boolean trustIndicatorStableFlag) {

    public ScaleSettings {
        Objects.requireNonNull(divisionKg, "divisionKg");
        Objects.requireNonNull(stableWindow, "stableWindow");
        Objects.requireNonNull(minimumWeightKg, "minimumWeightKg");
        Objects.requireNonNull(emptyWeightKg, "emptyWeightKg");
        if (divisionKg.signum() <= 0) {
            throw invalid("divisionKg", divisionKg, "must be greater than 0 kg");
        }
        if (stableWindow.isNegative() || stableWindow.isZero()) {
            throw invalid("stableWindow", stableWindow, "must be longer than 0 s");
        }
        if (emptyWeightKg.signum() < 0) {
            throw invalid("emptyWeightKg", emptyWeightKg, "must be 0 kg or more");
        }
        if (minimumWeightKg.compareTo(emptyWeightKg) <= 0) {
            throw invalid("minimumWeightKg", minimumWeightKg,
                    "must be greater than emptyWeightKg " + emptyWeightKg.toPlainString() + " kg");
        }
        if (cheatingStepDivisions < 2) {
            throw invalid("cheatingStepDivisions", cheatingStepDivisions,
                    "must be 2 or more, because one division is ordinary noise");
        }
    }

    /** Returns the defaults: 20 kg division, 3 s window, vehicle on at 1,000 kg, empty below 200 kg, 5-division step. */
    public static ScaleSettings defaults() {
        return new ScaleSettings(BigDecimal.valueOf(20), Duration.ofSeconds(3), BigDecimal.valueOf(1000),
                BigDecimal.valueOf(200), 5, true);
    }

    /** Returns the smallest weight change in kg that counts as a cheating step. */
    public BigDecimal cheatingStepKg() {
        return divisionKg.multiply(BigDecimal.valueOf(cheatingStepDivisions));
    }

    private static IllegalArgumentException invalid(String field, Object value, String rule) {
        String text = value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
        return new IllegalArgumentException("invalid scale setting " + field + "=" + text + ": " + rule);
    }
}

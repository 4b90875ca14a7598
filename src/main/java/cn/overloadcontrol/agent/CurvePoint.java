package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * One point of a passage's weight curve.
 *
 * @param at       when the reading arrived, by the cycle's clock
 * @param weightKg the reading in kg
 * @param stable   the indicator's stability flag, or {@code null} when its protocol has none
 */
public record CurvePoint(Instant at, BigDecimal weightKg, Boolean stable) {

    public CurvePoint {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(weightKg, "weightKg");
    }
}

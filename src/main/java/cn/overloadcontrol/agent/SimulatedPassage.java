package cn.overloadcontrol.agent;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A passage the simulator drove over the scale, with the truth a test or a demo compares the
 * weighing cycle against.
 *
 * @param number         1 for the first passage of the simulator, then counting up
 * @param truck          the truck
 * @param grossKg        the true gross mass, a whole number of divisions
 * @param limitKg        the legal total-mass limit of the truck's axle count and type
 * @param cheatingStepKg the weight change a simulated remote-control device caused after the
 *                       reading settled (negative: the reading dropped), or {@code null} when none
 */
public record SimulatedPassage(int number, SimulatedTruck truck, BigDecimal grossKg, BigDecimal limitKg,
                               BigDecimal cheatingStepKg) {

    public SimulatedPassage {
        Objects.requireNonNull(truck, "truck");
        Objects.requireNonNull(grossKg, "grossKg");
        Objects.requireNonNull(limitKg, "limitKg");
    }

    /** Returns whether the true gross mass is over the limit (超限). */
    public boolean overLimit() {
        return grossKg.compareTo(limitKg) > 0;
    }

    public boolean cheating() {
        return cheatingStepKg != null;
    }
}

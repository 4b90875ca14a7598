package cn.overloadcontrol.agent.simulator;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Random;

import cn.overloadcontrol.agent.SimulatedPassage;
import cn.overloadcontrol.agent.SimulatedTruck;
import cn.overloadcontrol.weighing.LimitEngine;
import cn.overloadcontrol.weighing.Vehicle;
import cn.overloadcontrol.weighing.VehicleType;

/**
 * Draws plausible trucks leaving a coal-region source unit: mostly 6-axle articulated trucks,
 * loaded to a normal spread around 93% of their legal limit (about one loaded truck in eight is
 * over it), some empty trucks, and remote-control cheating with the configured probability.
 *
 * <p>NOTE: the shares of axle counts, types, cargo and the mass spread are estimates for a
 * plausible demo, not statistics from a real station.
 */
public final class TruckGenerator {

    private static final int[] AXLE_COUNTS = {2, 3, 4, 5, 6};
    private static final double[] AXLE_SHARES = {0.12, 0.10, 0.13, 0.10, 0.55};
    private static final String[] CARGO = {"煤", "焦炭", "砂石", "水泥", "钢材"};
    private static final double[] CARGO_SHARES = {0.60, 0.15, 0.10, 0.08, 0.07};
    private static final double EMPTY_SHARE = 0.10;

    private final Random random;
    private final PlateGenerator plates;
    private final BigDecimal divisionKg;
    private final double cheatingProbability;
    private final LimitEngine limits = LimitEngine.withBundledTables();
    private final Clock clock;

    public TruckGenerator(Random random, BigDecimal divisionKg, double cheatingProbability, Clock clock) {
        this.random = random;
        this.plates = new PlateGenerator(random);
        this.divisionKg = divisionKg;
        this.cheatingProbability = cheatingProbability;
        this.clock = clock;
    }

    /** Draws passage {@code number}: the truck, its true gross mass and any cheating step. */
    public SimulatedPassage next(int number) {
        int axles = AXLE_COUNTS[pick(AXLE_SHARES)];
        VehicleType type = vehicleType(axles);
        int limitKg = limits.limitFor(Vehicle.of(axles, type), clock.instant()).limitKg();
        boolean empty = random.nextDouble() < EMPTY_SHARE;
        String cargo = empty ? "空车" : CARGO[pick(CARGO_SHARES)];
        PlateGenerator.Plate plate = plates.next();
        SimulatedTruck truck = new SimulatedTruck(plate.number(), plate.color(), axles, type, cargo);

        double share = empty ? 0.30 + 0.10 * random.nextDouble() : clamp(0.93 + 0.06 * random.nextGaussian(), 0.6, 1.3);
        BigDecimal grossKg = toDivisions(limitKg * share);
        BigDecimal stepKg = null;
        if (random.nextDouble() < cheatingProbability) {
            // A remote-control device lowers the reading by a tenth to a quarter of the load.
            stepKg = toDivisions(grossKg.doubleValue() * (0.10 + 0.15 * random.nextDouble())).negate();
        }
        return new SimulatedPassage(number, truck, grossKg, BigDecimal.valueOf(limitKg), stepKg);
    }

    private VehicleType vehicleType(int axles) {
        double draw = random.nextDouble();
        if (axles == 2) {
            return VehicleType.TRUCK;
        }
        if (axles == 3) {
            return draw < 0.8 ? VehicleType.TRUCK : VehicleType.ARTICULATED;
        }
        if (axles == 4) {
            if (draw < 0.6) {
                return VehicleType.TRUCK;
            }
            return draw < 0.9 ? VehicleType.ARTICULATED : VehicleType.CENTER_AXLE;
        }
        if (axles == 5) {
            return draw < 0.85 ? VehicleType.ARTICULATED : VehicleType.FULL_TRAILER;
        }
        return draw < 0.9 ? VehicleType.ARTICULATED : VehicleType.FULL_TRAILER;
    }

    private int pick(double[] shares) {
        double draw = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < shares.length; i++) {
            sum += shares[i];
            if (draw < sum) {
                return i;
            }
        }
        return shares.length - 1;
    }

    private BigDecimal toDivisions(double kg) {
        long divisions = Math.max(1, Math.round(kg / divisionKg.doubleValue()));
        return divisionKg.multiply(BigDecimal.valueOf(divisions));
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

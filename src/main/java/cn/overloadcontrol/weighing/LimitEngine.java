package cn.overloadcontrol.weighing;

import java.time.Instant;

/**
 * Derives the legal total-mass limit of a vehicle (超限认定, 62号令 art. 3 and the 2016 认定标准)
 * and judges a weighing against it. The table version is chosen by the weighing time, and each
 * result names the version and the rule, so a later table never changes an earlier result.
 * Instances are immutable and thread-safe.
 */
public final class LimitEngine {

    private final LimitTables tables;

    LimitEngine(LimitTables tables) {
        this.tables = tables;
    }

    /** An engine over the tables shipped in {@code weighing/limit-table-*.json}. */
    public static LimitEngine withBundledTables() {
        return new LimitEngine(Bundled.TABLES);
    }

    /**
     * Returns the limit in force at {@code weighedAt} for {@code vehicle}.
     *
     * @throws LimitInputException when no table is in force then, or no row fits the vehicle
     */
    public Limit limitFor(Vehicle vehicle, Instant weighedAt) {
        LimitTable table = tables.inForceAt(weighedAt);
        LimitRow row = table.rowFor(vehicle);
        return LimitCalculator.calculate(table, row, vehicle);
    }

    /**
     * Judges a weighing: the excess over the limit, the 超限 verdict and the separate 超载 verdict.
     *
     * @param netKg net weight, or {@code null} when not known (then 超载 is judged on the gross
     *        weight only)
     * @throws LimitInputException for a weight that is not positive, a net weight above the gross
     *         weight, or any reason of {@link #limitFor}
     */
    public LimitJudgement judge(Vehicle vehicle, int grossKg, Integer netKg, Instant weighedAt) {
        if (grossKg <= 0) {
            throw new LimitInputException("grossKg", grossKg, "must be a positive weight in kg");
        }
        if (netKg != null && (netKg < 0 || netKg > grossKg)) {
            throw new LimitInputException("netKg", netKg, "must be from 0 to the gross weight " + grossKg + " kg");
        }

        Limit limit = limitFor(vehicle, weighedAt);
        return LimitJudgement.of(limit, vehicle, grossKg, netKg);
    }

    /** Loads the bundled tables once, on first use. */
    private static final class Bundled {
        static final LimitTables TABLES = LimitTableLoader.loadBundled();
    }
}

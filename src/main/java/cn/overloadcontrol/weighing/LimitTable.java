package cn.overloadcontrol.weighing;

import java.time.Instant;
import java.util.List;

/**
 * One version of the limit table, in force from {@code effectiveFrom} until {@code
 * effectiveUntil} or until the next version starts.
 *
 * @param version version id stored with each judgement, for example "2016-09-21"
 * @param name short name for the basis, for example "2016认定标准"
 * @param source the legal texts the table follows
 * @param effectiveUntil end of the period (exclusive), or {@code null} when open
 * @param warningBandKg excess that gets only a warning (62号令 art. 43: 1,000 kg)
 * @param singleTyreReductionKg reduction per single-tyre axle group or trailer axle (62号令
 *        art. 3: 3,000 kg)
 */
record LimitTable(
        String version,
        String name,
        String source,
        Instant effectiveFrom,
        Instant effectiveUntil,
        int warningBandKg,
        int singleTyreReductionKg,
        List<LimitRow> rows) {

    LimitTable {
        rows = List.copyOf(rows);
    }

    /** Name and version as the basis cites them: "2016认定标准 v2016-09-21". */
    String label() {
        return name + " v" + version;
    }

    int minAxles() {
        return rows.stream().mapToInt(LimitRow::minAxles).min().orElseThrow();
    }

    int maxAxles() {
        return rows.stream().mapToInt(LimitRow::maxAxles).max().orElseThrow();
    }

    /**
     * Returns the row for {@code vehicle}. Without a vehicle type, the axle count (and the single
     * drive axle) must select one row on their own.
     *
     * @throws LimitInputException when no row applies, or the vehicle type is missing and needed
     */
    LimitRow rowFor(Vehicle vehicle) {
        int axles = vehicle.axleCount();
        List<LimitRow> rowsForAxles = rows.stream().filter(row -> row.coversAxles(axles)).toList();
        if (rowsForAxles.isEmpty()) {
            throw new LimitInputException("axleCount", axles, label() + " has rows for " + minAxles()
                    + " to " + maxAxles() + " axles only");
        }

        List<LimitRow> matching = rowsForAxles.stream()
                .filter(row -> row.matches(axles, vehicle.vehicleType(), vehicle.singleDriveAxle()))
                .toList();
        if (matching.size() == 1) {
            return matching.get(0);
        }

        String rowList = String.join("; ", rowsForAxles.stream().map(LimitRow::describe).toList());
        if (vehicle.vehicleType() == null && matching.isEmpty()) {
            throw new LimitInputException("singleDriveAxle", vehicle.singleDriveAxle(), label()
                    + " has no limit for " + axles + " axles with this drive axle; its rows are: " + rowList);
        }
        if (vehicle.vehicleType() == null) {
            throw new LimitInputException("vehicleType", null, "is required for " + axles + " axles because "
                    + label() + " has different limits for them: " + rowList);
        }
        throw new LimitInputException("vehicleType", vehicle.vehicleType(), label() + " has no limit for a "
                + axles + "-axle " + vehicle.vehicleType().chineseName() + "; its rows for " + axles
                + " axles are: " + rowList);
    }

    /**
     * Checks that no vehicle matches two rows, so {@link #rowFor} is never ambiguous.
     *
     * @throws IllegalArgumentException naming the two rows that overlap
     */
    void checkRowsDoNotOverlap() {
        for (int axles = minAxles(); axles <= maxAxles(); axles++) {
            for (VehicleType type : VehicleType.values()) {
                for (boolean singleDriveAxle : new boolean[] {false, true}) {
                    checkOneRowMatches(axles, type, singleDriveAxle);
                }
            }
        }
    }

    private void checkOneRowMatches(int axles, VehicleType type, boolean singleDriveAxle) {
        List<LimitRow> matching = rows.stream()
                .filter(row -> row.matches(axles, type, singleDriveAxle))
                .toList();
        if (matching.size() > 1) {
            throw new IllegalArgumentException("rows " + matching.get(0).id() + " and " + matching.get(1).id()
                    + " both apply to a " + axles + "-axle " + type + " (singleDriveAxle=" + singleDriveAxle + ")");
        }
    }
}

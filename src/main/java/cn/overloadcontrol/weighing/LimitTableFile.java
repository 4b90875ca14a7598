package cn.overloadcontrol.weighing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The JSON form of a limit table file, converted to a checked {@link LimitTable}. Every field is
 * required unless documented as optional, because a silently defaulted limit would be wrong.
 *
 * @param effectiveFrom ISO-8601 with offset, for example "2016-09-21T00:00:00+08:00"
 * @param effectiveUntil optional, in the same form
 */
record LimitTableFile(
        String version,
        String name,
        String source,
        String effectiveFrom,
        String effectiveUntil,
        Integer warningBandKg,
        Integer singleTyreReductionKg,
        List<Row> rows) {

    /**
     * One row; see {@link LimitRow} for the meaning of each field.
     *
     * @param singleDriveAxle optional, absent when the row does not depend on the tractor's drive axle
     * @param registeredTotalMassCaps optional, default false
     * @param airSuspension optional
     */
    record Row(
            String id,
            String name,
            String source,
            Integer minAxles,
            Integer maxAxles,
            List<VehicleType> vehicleTypes,
            Boolean singleDriveAxle,
            Integer limitKg,
            Boolean registeredTotalMassCaps,
            AirSuspension airSuspension) {
    }

    record AirSuspension(Integer limitKg, Integer minSemitrailerAxleSpacingMm) {
    }

    /** Converts and checks the file. The exception message names the offending field. */
    LimitTable toTable() {
        Instant from = instant("effectiveFrom", required("effectiveFrom", effectiveFrom));
        Instant until = effectiveUntil == null ? null : instant("effectiveUntil", effectiveUntil);
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("effectiveUntil " + effectiveUntil + " is not after effectiveFrom");
        }
        if (rows == null || rows.isEmpty()) {
            throw new IllegalArgumentException("rows is missing or empty");
        }

        LimitTable table = new LimitTable(
                required("version", version),
                required("name", name),
                required("source", source),
                from,
                until,
                nonNegative("warningBandKg", warningBandKg),
                nonNegative("singleTyreReductionKg", singleTyreReductionKg),
                rows.stream().map(LimitTableFile::toRow).toList());
        checkRowIdsUnique(table);
        table.checkRowsDoNotOverlap();
        return table;
    }

    private static LimitRow toRow(Row row) {
        String id = required("rows[].id", row.id());
        String field = "row " + id + ": ";
        int minAxles = positive(field + "minAxles", row.minAxles());
        int maxAxles = positive(field + "maxAxles", row.maxAxles());
        if (minAxles < Vehicle.MIN_AXLES || maxAxles > Vehicle.MAX_AXLES || minAxles > maxAxles) {
            throw new IllegalArgumentException(field + "axles " + minAxles + ".." + maxAxles + " must lie within "
                    + Vehicle.MIN_AXLES + ".." + Vehicle.MAX_AXLES + " with minAxles <= maxAxles");
        }
        if (row.vehicleTypes() == null || row.vehicleTypes().isEmpty() || row.vehicleTypes().contains(null)) {
            throw new IllegalArgumentException(field + "vehicleTypes is missing, empty or contains null");
        }

        return new LimitRow(id,
                required(field + "name", row.name()),
                required(field + "source", row.source()),
                minAxles,
                maxAxles,
                Set.copyOf(row.vehicleTypes()),
                row.singleDriveAxle(),
                positive(field + "limitKg", row.limitKg()),
                Boolean.TRUE.equals(row.registeredTotalMassCaps()),
                toAirSuspension(field, row.airSuspension()));
    }

    private static AirSuspensionRule toAirSuspension(String field, AirSuspension airSuspension) {
        if (airSuspension == null) {
            return null;
        }
        Integer minSpacing = airSuspension.minSemitrailerAxleSpacingMm();
        if (minSpacing != null) {
            positive(field + "airSuspension.minSemitrailerAxleSpacingMm", minSpacing);
        }
        return new AirSuspensionRule(positive(field + "airSuspension.limitKg", airSuspension.limitKg()), minSpacing);
    }

    private static void checkRowIdsUnique(LimitTable table) {
        Set<String> ids = new HashSet<>();
        for (LimitRow row : table.rows()) {
            if (!ids.add(row.id())) {
                throw new IllegalArgumentException("row id " + row.id() + " appears twice");
            }
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return value;
    }

    private static int positive(String field, Integer value) {
        if (value == null || value <= 0) {
            throw new IllegalArgumentException(field + " must be a positive number, got " + value);
        }
        return value;
    }

    private static int nonNegative(String field, Integer value) {
        if (value == null || value < 0) {
            throw new IllegalArgumentException(field + " must be zero or positive, got " + value);
        }
        return value;
    }

    private static Instant instant(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " " + value
                    + " is not an ISO-8601 date-time with offset, such as 2016-09-21T00:00:00+08:00", e);
        }
    }
}

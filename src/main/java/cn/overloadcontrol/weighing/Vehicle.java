package cn.overloadcontrol.weighing;

/**
 * The facts about a vehicle that its legal limit depends on (62号令 art. 3 and the notes of the
 * 2016 认定标准). The constructor rejects impossible values with a {@link LimitInputException}.
 *
 * @param axleCount axles on the ground, a two-axle group counting as 2 and a three-axle group
 *        as 3 (62号令 art. 3), from {@value #MIN_AXLES} to {@value #MAX_AXLES}
 * @param vehicleType the type, or {@code null} when not known; the engine then accepts only an
 *        axle count whose limit does not depend on the type
 * @param singleDriveAxle whether the tractor of a combination has a single drive axle, which
 *        lowers the limit of 6 or more axles
 * @param singleTyreGroups axle groups and trailer axles, other than the drive axle, that have
 *        single tyres. Each lowers the limit by 3,000 kg. Wide-base tyres (nominal section width
 *        at least 425 mm on trailers, 445 mm on drive axles) do not count. NOTE: the 2016 认定标准
 *        words it as 3,000 kg per two tyres removed, which counts a single-tyre axle group once
 *        per axle, so callers must decide how to count a group
 * @param airSuspension whether the drive axles have air suspension and dual tyres on each side
 * @param semitrailerAxleSpacingMm distance between the two axles of the semitrailer in mm, or
 *        {@code null} when not known
 * @param registeredTotalMassKg total mass on the registration certificate (行驶证总质量), or
 *        {@code null} when not known
 * @param registeredLoadKg registered load (核定载质量), or {@code null} when not known
 */
public record Vehicle(
        int axleCount,
        VehicleType vehicleType,
        boolean singleDriveAxle,
        int singleTyreGroups,
        boolean airSuspension,
        Integer semitrailerAxleSpacingMm,
        Integer registeredTotalMassKg,
        Integer registeredLoadKg) {

    public static final int MIN_AXLES = 2;

    /**
     * Counts from 7 to 12 share the 6-axle row ("六轴及六轴以上"); a higher count is taken as an
     * axle-detector error rather than a vehicle.
     */
    public static final int MAX_AXLES = 12;

    /** Upper bound for the semitrailer axle spacing: the 18.1 m length limit of 62号令 art. 3. */
    static final int MAX_AXLE_SPACING_MM = 18_100;

    public Vehicle {
        checkAxleCount(axleCount);
        checkSingleTyreGroups(axleCount, singleTyreGroups);
        checkAxleSpacing(semitrailerAxleSpacingMm);
        checkRegisteredMasses(registeredTotalMassKg, registeredLoadKg);
    }

    /** A vehicle with dual tyres, no air suspension and no registered masses. */
    public static Vehicle of(int axleCount, VehicleType vehicleType) {
        return new Vehicle(axleCount, vehicleType, false, 0, false, null, null, null);
    }

    public Vehicle withSingleDriveAxle(boolean value) {
        return new Vehicle(axleCount, vehicleType, value, singleTyreGroups, airSuspension,
                semitrailerAxleSpacingMm, registeredTotalMassKg, registeredLoadKg);
    }

    public Vehicle withSingleTyreGroups(int value) {
        return new Vehicle(axleCount, vehicleType, singleDriveAxle, value, airSuspension,
                semitrailerAxleSpacingMm, registeredTotalMassKg, registeredLoadKg);
    }

    public Vehicle withAirSuspension(boolean value, Integer axleSpacingMm) {
        return new Vehicle(axleCount, vehicleType, singleDriveAxle, singleTyreGroups, value,
                axleSpacingMm, registeredTotalMassKg, registeredLoadKg);
    }

    public Vehicle withRegisteredMasses(Integer totalMassKg, Integer loadKg) {
        return new Vehicle(axleCount, vehicleType, singleDriveAxle, singleTyreGroups, airSuspension,
                semitrailerAxleSpacingMm, totalMassKg, loadKg);
    }

    private static void checkAxleCount(int axleCount) {
        if (axleCount < MIN_AXLES || axleCount > MAX_AXLES) {
            throw new LimitInputException("axleCount", axleCount, "must be from " + MIN_AXLES + " to "
                    + MAX_AXLES + ": 62号令 art. 3 starts at 2 axles, counts from 7 to " + MAX_AXLES
                    + " use the row for 6 or more axles, and a higher count is an axle-detector error");
        }
    }

    private static void checkSingleTyreGroups(int axleCount, int singleTyreGroups) {
        // The steering axle and the drive axle never count, so at most axleCount - 2 remain.
        int max = axleCount - 2;
        if (singleTyreGroups < 0 || singleTyreGroups > max) {
            throw new LimitInputException("singleTyreGroups", singleTyreGroups, "must be from 0 to " + max
                    + " for " + axleCount + " axles, because the steering axle and the drive axle are not"
                    + " counted (62号令 art. 3: single tyres lower the limit by 3000 kg per axle group or"
                    + " trailer axle)");
        }
    }

    private static void checkAxleSpacing(Integer spacingMm) {
        if (spacingMm != null && (spacingMm <= 0 || spacingMm > MAX_AXLE_SPACING_MM)) {
            throw new LimitInputException("semitrailerAxleSpacingMm", spacingMm, "must be from 1 to "
                    + MAX_AXLE_SPACING_MM + " mm, the length limit of 62号令 art. 3");
        }
    }

    private static void checkRegisteredMasses(Integer totalMassKg, Integer loadKg) {
        if (totalMassKg != null && totalMassKg <= 0) {
            throw new LimitInputException("registeredTotalMassKg", totalMassKg,
                    "must be a positive mass in kg; leave it empty when the registration shows none");
        }
        if (loadKg != null && loadKg <= 0) {
            throw new LimitInputException("registeredLoadKg", loadKg,
                    "must be a positive mass in kg; leave it empty when the registration shows none");
        }
        if (totalMassKg != null && loadKg != null && loadKg >= totalMassKg) {
            throw new LimitInputException("registeredLoadKg", loadKg,
                    "must be less than the registered total mass " + totalMassKg
                            + " kg, which includes the vehicle's own mass");
        }
    }
}

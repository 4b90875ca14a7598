package cn.overloadcontrol.weighing;

import java.util.Set;

/**
 * One row of a limit table: the limit for an axle-count range and a set of vehicle types.
 *
 * @param id stable id stored with each judgement, for example "3-axle-truck"
 * @param name the rule's name in the legal text, for example "三轴货车"
 * @param source where the number comes from, for example "62号令第三条第一款第（五）项"
 * @param singleDriveAxle {@code true} or {@code false} when the row applies only to tractors
 *        with or without a single drive axle, {@code null} when that does not matter
 * @param registeredTotalMassCaps whether the registered total mass also caps the limit
 * @param airSuspension the limit with air suspension, or {@code null} when it does not change
 */
record LimitRow(
        String id,
        String name,
        String source,
        int minAxles,
        int maxAxles,
        Set<VehicleType> vehicleTypes,
        Boolean singleDriveAxle,
        int limitKg,
        boolean registeredTotalMassCaps,
        AirSuspensionRule airSuspension) {

    LimitRow {
        vehicleTypes = Set.copyOf(vehicleTypes);
    }

    boolean coversAxles(int axleCount) {
        return axleCount >= minAxles && axleCount <= maxAxles;
    }

    /** Whether the row applies; a {@code null} type matches every type of the row. */
    boolean matches(int axleCount, VehicleType vehicleType, boolean tractorSingleDriveAxle) {
        return coversAxles(axleCount)
                && (vehicleType == null || vehicleTypes.contains(vehicleType))
                && (singleDriveAxle == null || singleDriveAxle == tractorSingleDriveAxle);
    }

    /** The row for the basis and error messages: "三轴货车 25000kg (载货汽车)". */
    String describe() {
        return name + " " + limitKg + "kg (" + String.join(", ", vehicleTypes.stream()
                .sorted()
                .map(VehicleType::chineseName)
                .toList()) + ")";
    }
}

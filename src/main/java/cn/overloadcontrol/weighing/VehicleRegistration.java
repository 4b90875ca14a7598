package cn.overloadcontrol.weighing;

import java.time.Instant;

/**
 * One vehicle of the registry.
 *
 * @param source where the row came from, such as the name of the imported file
 * @param updatedAt when the row was last imported, {@code null} before it is stored
 */
public record VehicleRegistration(
        String plateNumber,
        int axleCount,
        VehicleType vehicleType,
        int registeredTotalMassKg,
        int registeredLoadKg,
        String source,
        Instant updatedAt) {
}

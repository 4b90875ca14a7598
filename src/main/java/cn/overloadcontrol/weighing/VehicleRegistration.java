package cn.overloadcontrol.weighing;

import java.time.OffsetDateTime;

/**
 * One vehicle of the registry.
 *
 * @param source where the row came from, such as the name of the imported file
 * @param updatedAt when the row was last imported, in China time, {@code null} before it is stored
 */
public record VehicleRegistration(
        String plateNumber,
        int axleCount,
        VehicleType vehicleType,
        int registeredTotalMassKg,
        int registeredLoadKg,
        String source,
        OffsetDateTime updatedAt) {
}

package cn.overloadcontrol.weighing;

import java.time.Instant;

/**
 * The registered total mass (总质量) and load (核定载质量) of a vehicle, and where they came from.
 *
 * @param importedFrom the registry row's source, such as the import file, or {@code null} for
 *        masses sent with the record
 * @param importedAt when the registry row was last imported, or {@code null} like {@code importedFrom}
 */
public record RegisteredMasses(int totalMassKg, int loadKg, Source source, String importedFrom, Instant importedAt) {

    public RegisteredMasses(int totalMassKg, int loadKg, Source source) {
        this(totalMassKg, loadKg, source, null, null);
    }

    public enum Source {
        /** Sent by the station with the record. */
        RECORD,
        /** Looked up in the vehicle registry by plate. */
        REGISTRY
    }
}

package cn.overloadcontrol.weighing;

/**
 * The registered total mass (总质量) and load (核定载质量) of a vehicle, and where they came from.
 */
public record RegisteredMasses(int totalMassKg, int loadKg, Source source) {

    public enum Source {
        /** Sent by the station with the record. */
        RECORD,
        /** Looked up in the vehicle registry by plate. */
        REGISTRY
    }
}

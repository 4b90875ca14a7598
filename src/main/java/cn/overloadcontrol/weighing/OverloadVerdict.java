package cn.overloadcontrol.weighing;

/**
 * Outcome of comparing a weighing with the vehicle's registered masses (超载). Police enforce
 * it, and it is separate from the legal limit: a vehicle can be 超载 without being 超限.
 */
public enum OverloadVerdict {

    /** Within the registered total mass and the registered load, as far as they are known. */
    NOT_OVERLOADED,

    /** Gross weight above the registered total mass, or net load above the registered load. */
    OVERLOADED,

    /** No registered mass, or no net weight to compare with the registered load. */
    NOT_JUDGEABLE;

    static OverloadVerdict judge(Vehicle vehicle, int grossKg, Integer netKg) {
        Integer totalMassKg = vehicle.registeredTotalMassKg();
        Integer loadKg = vehicle.registeredLoadKg();
        boolean judgedTotalMass = totalMassKg != null;
        boolean judgedLoad = loadKg != null && netKg != null;

        if ((judgedTotalMass && grossKg > totalMassKg) || (judgedLoad && netKg > loadKg)) {
            return OVERLOADED;
        }
        return judgedTotalMass || judgedLoad ? NOT_OVERLOADED : NOT_JUDGEABLE;
    }
}

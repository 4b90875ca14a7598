package cn.overloadcontrol.weighing;

/** Outcome of comparing the gross weight with the legal limit (超限认定). */
public enum Verdict {

    /** 合规: gross weight at or below the limit. */
    COMPLIANT,

    /**
     * 超限 by at most the warning band (1,000 kg in 62号令 art. 43), which gets a warning instead
     * of a fine. It is still 超限, and a source unit may not release the vehicle.
     */
    OVER_LIMIT_WARNING,

    /** 超限 beyond the warning band. */
    OVER_LIMIT;

    static Verdict forExcess(int excessKg, int warningBandKg) {
        if (excessKg <= 0) {
            return COMPLIANT;
        }
        return excessKg <= warningBandKg ? OVER_LIMIT_WARNING : OVER_LIMIT;
    }

    /** Whether the vehicle is 超限, in the warning band or beyond it. */
    public boolean overLimit() {
        return this != COMPLIANT;
    }
}

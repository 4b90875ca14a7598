package cn.overloadcontrol.acceptance;

/** The result of one checklist item of an acceptance. Stored by name. */
public enum ItemOutcome {
    /** Not checked yet. */
    OPEN,
    PASSED,
    FAILED,
    /** An automatic check found no data to decide on: an inspector checks by hand (待核). */
    TO_REVIEW;

    public boolean decided() {
        return this == PASSED || this == FAILED;
    }

    public String messageKey() {
        return "acceptance.outcome." + name();
    }
}

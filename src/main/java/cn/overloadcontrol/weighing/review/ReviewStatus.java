package cn.overloadcontrol.weighing.review;

/** The officer's decision on a queue item. Stored by name. */
public enum ReviewStatus {
    OPEN,
    /** 已核实. */
    VERIFIED,
    /** 误报. */
    FALSE_ALARM,
    /** 转立案. */
    CASE_OPENED;

    public boolean isDecision() {
        return this != OPEN;
    }
}

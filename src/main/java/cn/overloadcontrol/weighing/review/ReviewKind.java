package cn.overloadcontrol.weighing.review;

/** The reason a record is on the officers' queue, stored by name. */
public enum ReviewKind {
    /** 违法放行: over the limit and released (放行). */
    ILLEGAL_RELEASE,
    /** 违法放行: over the limit, left the site, and no later reweigh under the limit. */
    EXIT_WITHOUT_REWEIGH,
    /** 可疑记录: a flag such as no readable plate or unknown axle count. */
    SUSPICIOUS;

    /** Returns whether the item counts against the unit as a violation. */
    public boolean isViolation() {
        return this != SUSPICIOUS;
    }
}

package cn.overloadcontrol.acceptance;

/** The state of an acceptance: scheduled and under inspection, or concluded 合格 or 不合格. */
public enum AcceptanceStatus {
    SCHEDULED,
    PASSED,
    FAILED;

    public String messageKey() {
        return "acceptance.status." + name();
    }
}

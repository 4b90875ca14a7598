package cn.overloadcontrol.acceptance;

/** Where an acceptance stands: scheduled and being inspected, or concluded 合格 or 不合格. */
public enum AcceptanceStatus {
    SCHEDULED,
    PASSED,
    FAILED;

    public String messageKey() {
        return "acceptance.status." + name();
    }
}

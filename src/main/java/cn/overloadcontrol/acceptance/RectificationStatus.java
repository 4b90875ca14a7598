package cn.overloadcontrol.acceptance;

/** A rectification task (整改) is open until a re-inspection passes its item. */
public enum RectificationStatus {
    OPEN,
    CLOSED;

    public String messageKey() {
        return "rectification.status." + name();
    }
}

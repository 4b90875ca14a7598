package cn.overloadcontrol.acceptance;

/** A first acceptance, or a re-inspection (复验) of the rectification tasks an earlier one left open. */
public enum AcceptanceKind {
    INITIAL,
    REINSPECTION;

    public String messageKey() {
        return "acceptance.kind." + name();
    }
}

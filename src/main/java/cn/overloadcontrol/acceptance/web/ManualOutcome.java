package cn.overloadcontrol.acceptance.web;

import cn.overloadcontrol.acceptance.ItemOutcome;

/**
 * The outcomes an inspector may enter on the acceptance and sampling forms. A parameter of
 * this type, rather than {@link ItemOutcome}, makes a bad value's error list only these two.
 */
public enum ManualOutcome {
    PASSED(ItemOutcome.PASSED),
    FAILED(ItemOutcome.FAILED);

    private final ItemOutcome outcome;

    ManualOutcome(ItemOutcome outcome) {
        this.outcome = outcome;
    }

    /** Returns the stored outcome, or {@code null} for a missing parameter. */
    static ItemOutcome toItemOutcome(ManualOutcome manual) {
        return manual == null ? null : manual.outcome;
    }

    public String messageKey() {
        return outcome.messageKey();
    }
}

package cn.overloadcontrol.report;

/**
 * A step of the plan that every unit in operation (在营) goes through, in the plan's order.
 * The definitions are the SQL conditions in {@link ProgressQueries}.
 */
public enum Milestone {

    /** On the public list (公示). */
    PUBLISHED,
    /** Sent staff to at least one training session. */
    TRAINED,
    /**
     * Has a station that is not disabled and carries, not counting spares, a truck scale, an
     * indicator, a camera (plate or cargo camera) and an LED board.
     */
    INSTALLED,
    /** The latest concluded acceptance is 合格. */
    ACCEPTED,
    /**
     * Drawn in an active province or city sampling draw and recorded as 合格. Only drawn units
     * are expected to reach it, so its percentage is over the drawn units.
     */
    SAMPLED,
    /** At least one weighing record weighed in the last {@code app.plan.connected-window-days} days, the day included. */
    CONNECTED;

    public String messageKey() {
        return "report.milestone." + name();
    }
}

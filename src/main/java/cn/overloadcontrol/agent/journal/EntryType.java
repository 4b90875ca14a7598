package cn.overloadcontrol.agent.journal;

/** The kinds of journal entries. */
public enum EntryType {
    /** A passage the weighing cycle recorded: weights, times, curve and raw frames. */
    PASSAGE,
    /** A weighing record completed by the operator, to be sent to the platform. */
    RECORD,
    /** The operator dismissed a passage without a record (for example a test drive-over). */
    DISMISSED,
    /** The platform rejected a record for good (validation or conflict); it is not sent again. */
    REJECTED
}

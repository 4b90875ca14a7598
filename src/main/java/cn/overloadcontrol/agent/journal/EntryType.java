package cn.overloadcontrol.agent.journal;

/** The kinds of journal entries. */
public enum EntryType {
    /** A passage the weighing cycle recorded: weights, times, curve and raw frames. */
    PASSAGE,
    /** The cycle suspected cheating on a passage journaled earlier (a step after the record). */
    CHEATING_FLAG,
    /** The vehicle of a journaled passage left the deck: exit time, full curve and raw frames. */
    LEFT,
    /** A weighing record completed by the operator, to be sent to the platform. */
    RECORD,
    /** The operator dismissed a passage without a record (for example a test drive-over). */
    DISMISSED,
    /** The platform rejected a record for good (validation or conflict); it is not sent again. */
    REJECTED,
    /** The station tried to show a record's verdict on an LED board: text, board and outcome. */
    LED_SHOWN
}

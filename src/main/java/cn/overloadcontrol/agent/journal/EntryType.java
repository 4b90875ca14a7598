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
    LED_SHOWN,
    /** A plate camera's read: camera, plate as sent and normalized, time, and the picture's SHA-256. */
    PLATE_READ,
    /** The snapshots and clips of a passage as stored under the data folder, and the cameras that failed. */
    EVIDENCE,
    /** The request of a record as it is sent, with plate read, evidence and LED message, and its media files. */
    SEALED,
    /** One media file of a record that the platform stored or rejected for good, or that was damaged on disk. */
    MEDIA_SENT
}

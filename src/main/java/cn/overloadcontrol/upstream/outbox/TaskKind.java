package cn.overloadcontrol.upstream.outbox;

/** What an upload task delivers. */
public enum TaskKind {
    /** A weighing record. */
    RECORD,
    /** One evidence file, sent after its record was delivered to the same target. */
    MEDIA,
    /** The published unit list. */
    UNIT,
    /** The station list. */
    STATION
}

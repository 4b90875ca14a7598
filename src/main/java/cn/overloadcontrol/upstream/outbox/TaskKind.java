package cn.overloadcontrol.upstream.outbox;

/** The kind of thing an upload task delivers. */
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

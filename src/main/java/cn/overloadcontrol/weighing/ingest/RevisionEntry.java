package cn.overloadcontrol.weighing.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One correction in a record's history: who, when, why, what changed and the verdict before
 * and after it.
 *
 * @param changes the changed fields in the order of {@link CorrectableFields#values()}
 */
public record RevisionEntry(int revisionNo, String correctedBy, OffsetDateTime correctedAt, String reason,
        List<Change> changes, RecordVerdict verdictBefore, RecordVerdict verdictAfter) {

    public RevisionEntry {
        changes = List.copyOf(changes);
    }

    /**
     * One changed field.
     *
     * @param field the field's name in {@link CorrectableFields#values()}
     * @param before the value before this correction, or {@code null} when it was empty
     * @param after the value after it, or {@code null} when it is empty now
     */
    public record Change(String field, Object before, Object after) {
    }
}

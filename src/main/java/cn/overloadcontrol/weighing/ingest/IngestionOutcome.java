package cn.overloadcontrol.weighing.ingest;

import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * The outcome of one submitted record.
 *
 * @param result the stored outcome, for CREATED and DUPLICATE
 * @param problems why the record was rejected, for REJECTED
 * @param existingId the record already stored under the same number, for CONFLICT
 */
public record IngestionOutcome(Status status, IngestionResult result, List<FieldProblem> problems, Long existingId) {

    public enum Status {
        /** Stored now. */
        CREATED,
        /** Already stored with the same content; nothing new was stored. */
        DUPLICATE,
        /** The record number is taken by a record with different content; nothing was stored. */
        CONFLICT,
        /** The record breaks a rule; nothing was stored. */
        REJECTED
    }

    public IngestionOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    static IngestionOutcome created(IngestionResult result) {
        return new IngestionOutcome(Status.CREATED, result, List.of(), null);
    }

    static IngestionOutcome duplicate(IngestionResult result) {
        return new IngestionOutcome(Status.DUPLICATE, result.asDuplicate(), List.of(), null);
    }

    static IngestionOutcome conflict(long existingId) {
        return new IngestionOutcome(Status.CONFLICT, null, List.of(), existingId);
    }

    public static IngestionOutcome rejected(List<FieldProblem> problems) {
        return new IngestionOutcome(Status.REJECTED, null, problems, null);
    }
}

package cn.overloadcontrol.weighing.api;

import java.util.List;

import cn.overloadcontrol.common.api.ApiError;
import cn.overloadcontrol.common.api.ApiProblems;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.weighing.ingest.IngestionOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Turns ingestion outcomes into HTTP responses with stable error codes. */
@Component
class IngestionResponses {

    static final String VALIDATION_FAILED = "validation_failed";
    static final String RECORD_CONFLICT = "record_conflict";
    static final String BODY_UNREADABLE = "body_unreadable";
    static final String BATCH_TOO_LARGE = "batch_too_large";
    static final String BATCH_EMPTY = "batch_empty";

    private final ApiProblems problems;

    IngestionResponses(ApiProblems problems) {
        this.problems = problems;
    }

    /** 201 for a new record, 200 for a resend, 409 for a changed resend, 400 for a rejected record. */
    ResponseEntity<?> single(IngestionOutcome outcome) {
        return switch (outcome.status()) {
            case CREATED -> ResponseEntity.status(HttpStatus.CREATED).body(outcome.result());
            case DUPLICATE -> ResponseEntity.ok(outcome.result());
            case CONFLICT -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(ApiError.of(RECORD_CONFLICT, problems.errorMessage(RECORD_CONFLICT,
                            // An id is a name, not an amount: no thousands separator.
                            String.valueOf(outcome.existingId()))));
            case REJECTED -> rejected(outcome.problems());
        };
    }

    ResponseEntity<ApiError> rejected(List<FieldProblem> fieldProblems) {
        return ResponseEntity.badRequest().body(new ApiError(VALIDATION_FAILED,
                problems.errorMessage(VALIDATION_FAILED), problems.of(fieldProblems)));
    }

    ResponseEntity<ApiError> error(HttpStatus status, String code, Object... args) {
        return ResponseEntity.status(status).body(ApiError.of(code, problems.errorMessage(code, args)));
    }

    BatchItemResult item(int index, String recordNumber, IngestionOutcome outcome) {
        return switch (outcome.status()) {
            case CREATED, DUPLICATE -> new BatchItemResult(index, recordNumber, outcome.status(), null,
                    outcome.result(), null, List.of());
            case CONFLICT -> new BatchItemResult(index, recordNumber, outcome.status(), RECORD_CONFLICT, null,
                    outcome.existingId(), List.of());
            case REJECTED -> new BatchItemResult(index, recordNumber, outcome.status(), VALIDATION_FAILED, null,
                    null, problems.of(outcome.problems()));
        };
    }

    BatchResponse batch(List<BatchItemResult> results) {
        return new BatchResponse(results.size(), count(results, IngestionOutcome.Status.CREATED),
                count(results, IngestionOutcome.Status.DUPLICATE), count(results, IngestionOutcome.Status.CONFLICT),
                count(results, IngestionOutcome.Status.REJECTED), results);
    }

    private static long count(List<BatchItemResult> results, IngestionOutcome.Status status) {
        return results.stream().filter(result -> result.status() == status).count();
    }
}

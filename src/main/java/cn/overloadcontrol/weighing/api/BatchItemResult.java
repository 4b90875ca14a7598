package cn.overloadcontrol.weighing.api;

import java.util.List;

import cn.overloadcontrol.common.api.ApiProblem;
import cn.overloadcontrol.weighing.ingest.IngestionOutcome;
import cn.overloadcontrol.weighing.ingest.IngestionResult;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of one record of a batch, in the order sent.
 *
 * @param index position in the {@code records} array, from 0
 * @param code the error code for CONFLICT ({@code record_conflict}) and REJECTED ({@code validation_failed})
 * @param result the stored record, for CREATED and DUPLICATE
 * @param existingId the stored record that has the number, for CONFLICT
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record BatchItemResult(int index, String recordNumber, IngestionOutcome.Status status, String code,
        IngestionResult result, Long existingId, List<ApiProblem> problems) {
}

package cn.overloadcontrol.weighing.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.api.ApiError;
import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.weighing.ingest.IngestionOutcome;
import cn.overloadcontrol.weighing.ingest.IngestionResult;
import cn.overloadcontrol.weighing.ingest.WeighingProperties;
import cn.overloadcontrol.weighing.ingest.WeighingRecordRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ingestion endpoints of stations and vendor software. The body is read as bytes, because
 * the signature filter already hashed exactly those bytes, and parsed strictly here.
 */
@RestController
@RequestMapping(path = "/api/v1/weighings", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "weighings", description = "称重记录上传 (weighing record ingestion)")
@SecurityRequirement(name = OpenApiConfig.SIGNATURE)
class WeighingApiController {

    private final RecordJsonReader reader;
    private final RecordWithMedia ingestion;
    private final IngestionResponses responses;
    private final WeighingProperties properties;
    private final IngestionMetrics metrics;

    WeighingApiController(RecordJsonReader reader, RecordWithMedia ingestion, IngestionResponses responses,
            WeighingProperties properties, IngestionMetrics metrics) {
        this.reader = reader;
        this.ingestion = ingestion;
        this.responses = responses;
        this.properties = properties;
        this.metrics = metrics;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit one weighing record",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = WeighingRecordRequest.class))))
    @ApiResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = IngestionResult.class)))
    @ApiResponse(responseCode = "200", description = "Already stored with the same content (duplicate: true)",
            content = @Content(schema = @Schema(implementation = IngestionResult.class)))
    @ApiResponse(responseCode = "400", description = "validation_failed or body_unreadable; nothing stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "409",
            description = "record_conflict: the record number is taken by a record with different content",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<?> submit(@RequestBody byte[] body, @AuthenticationPrincipal StationPrincipal station) {
        long start = System.nanoTime();
        IngestionOutcome outcome;
        try {
            outcome = ingestion.ingest(station, reader.readRecord(body));
        } catch (RuntimeException e) {
            metrics.recordFailure();
            throw e;
        }
        metrics.record(outcome.status(), Duration.ofNanos(System.nanoTime() - start));
        return responses.single(outcome);
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Submit up to 500 weighing records; each is stored or rejected on its own",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(schema = @Schema(implementation = BatchRequestDoc.class))))
    @ApiResponse(responseCode = "200", description = "One result per record, in the order sent",
            content = @Content(schema = @Schema(implementation = BatchResponse.class)))
    @ApiResponse(responseCode = "400", description = "body_unreadable, batch_empty or batch_too_large",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<?> submitBatch(@RequestBody byte[] body, @AuthenticationPrincipal StationPrincipal station) {
        List<RecordJsonReader.Item> items = reader.readBatch(body);
        if (items.isEmpty()) {
            return responses.error(HttpStatus.BAD_REQUEST, IngestionResponses.BATCH_EMPTY);
        }
        if (items.size() > properties.maxBatchSize()) {
            return responses.error(HttpStatus.BAD_REQUEST, IngestionResponses.BATCH_TOO_LARGE, items.size(),
                    properties.maxBatchSize());
        }

        List<IngestionOutcome> outcomes = ingestion.ingestAll(station, items);
        List<BatchItemResult> results = new ArrayList<>();
        for (int index = 0; index < items.size(); index++) {
            RecordJsonReader.Item item = items.get(index);
            String recordNumber = item.request() == null ? null : item.request().recordNumber();
            results.add(responses.item(index, recordNumber, outcomes.get(index)));
        }
        return ResponseEntity.ok(responses.batch(results));
    }

    @ExceptionHandler(RecordJsonReader.UnreadableBodyException.class)
    ResponseEntity<ApiError> unreadable(RecordJsonReader.UnreadableBodyException e) {
        return responses.error(HttpStatus.BAD_REQUEST, IngestionResponses.BODY_UNREADABLE, e.getMessage());
    }

    /** The documented shape of a batch body. */
    record BatchRequestDoc(@Schema(maxLength = 500) List<WeighingRecordRequest> records) {
    }
}

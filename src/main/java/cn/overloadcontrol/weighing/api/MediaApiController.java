package cn.overloadcontrol.weighing.api;

import java.util.Arrays;

import cn.overloadcontrol.common.api.ApiError;
import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.weighing.media.MediaKind;
import cn.overloadcontrol.weighing.media.MediaRejectedException;
import cn.overloadcontrol.weighing.media.MediaResult;
import cn.overloadcontrol.weighing.media.MediaService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence upload: the raw photo or clip bytes as the body, the kind as a query parameter. The
 * declared content type is ignored; the bytes decide what the file is.
 */
@RestController
@RequestMapping(path = "/api/v1/weighings/{recordNumber}/media", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "weighings", description = "称重记录上传 (weighing record ingestion)")
@SecurityRequirement(name = OpenApiConfig.SIGNATURE)
class MediaApiController {

    private static final Logger log = LoggerFactory.getLogger(MediaApiController.class);

    private final MediaService media;
    private final IngestionResponses responses;

    MediaApiController(MediaService media, IngestionResponses responses) {
        this.media = media;
        this.responses = responses;
    }

    @PostMapping(consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Attach a photo (JPEG/PNG) or clip (MP4) to a record of the calling station")
    @ApiResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = MediaResult.class)))
    @ApiResponse(responseCode = "200", description = "The same bytes were already attached (duplicate: true)",
            content = @Content(schema = @Schema(implementation = MediaResult.class)))
    @ApiResponse(responseCode = "400", description = "media_type_invalid or media_kind_invalid; nothing stored",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "404", description = "record_not_found: no record of this station has the number",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "413", description = "media_too_large",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    ResponseEntity<MediaResult> upload(@PathVariable String recordNumber, @RequestParam String kind,
            @RequestBody(required = false) byte[] body, @AuthenticationPrincipal StationPrincipal station) {
        MediaResult result = media.attach(station.stationId(), recordNumber, parseKind(kind),
                body == null ? new byte[0] : body);
        return ResponseEntity.status(result.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(result);
    }

    private static MediaKind parseKind(String kind) {
        return MediaKind.parse(kind).orElseThrow(() -> new MediaRejectedException(HttpStatus.BAD_REQUEST,
                        MediaRejectedException.KIND_INVALID, kind));
    }

    @ExceptionHandler(MediaRejectedException.class)
    ResponseEntity<ApiError> rejected(MediaRejectedException e) {
        log.warn("Rejected media upload: {} {}", e.code(), Arrays.toString(e.args()));
        return responses.error(e.status(), e.code(), e.args());
    }
}

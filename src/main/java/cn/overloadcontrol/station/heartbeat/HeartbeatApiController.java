package cn.overloadcontrol.station.heartbeat;

import java.time.Instant;

import cn.overloadcontrol.common.api.ApiError;
import cn.overloadcontrol.common.api.ApiProblems;
import cn.overloadcontrol.station.StationPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Receives the signed heartbeats of stations. */
@RestController
@Tag(name = "heartbeats", description = "磅房心跳 (station heartbeats)")
@SecurityRequirement(name = "hmac-signature")
class HeartbeatApiController {

    static final String PATH = "/api/v1/heartbeats";

    private final HeartbeatService heartbeats;
    private final ApiProblems problems;

    HeartbeatApiController(HeartbeatService heartbeats, ApiProblems problems) {
        this.heartbeats = heartbeats;
        this.problems = problems;
    }

    /** The platform's response: when it received the heartbeat. */
    record HeartbeatAccepted(Instant receivedAt) {
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report the station's device status, live weight and journal backlog")
    HeartbeatAccepted receive(@RequestBody HeartbeatRequest request,
            @AuthenticationPrincipal StationPrincipal station) {
        return new HeartbeatAccepted(heartbeats.record(station, request).receivedAt());
    }

    @ExceptionHandler(HeartbeatRejectedException.class)
    ResponseEntity<ApiError> rejected(HeartbeatRejectedException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError("validation_failed", problems.errorMessage("heartbeat_invalid"),
                        problems.of(e.problems())));
    }
}

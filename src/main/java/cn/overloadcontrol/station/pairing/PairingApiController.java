package cn.overloadcontrol.station.pairing;

import cn.overloadcontrol.common.api.ApiError;
import cn.overloadcontrol.common.api.ApiProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public pairing endpoint. It needs no signature, because the station has no credential
 * yet: the one-time code is the secret, and failed attempts are limited per address.
 */
@RestController
@Tag(name = "pairing", description = "磅房配对 (station pairing)")
class PairingApiController {

    static final String PATH = "/api/v1/pairing";

    private final PairingService pairing;
    private final ApiProblems problems;

    PairingApiController(PairingService pairing, ApiProblems problems) {
        this.pairing = pairing;
        this.problems = problems;
    }

    /**
     * The pairing request.
     *
     * @param code        the code shown on the station's page, with or without dashes
     * @param stationCode the station code, optional; when sent it must match the code's station
     */
    record PairingRequest(String code, String stationCode) {
    }

    @PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Redeem a one-time pairing code for the station's API credential")
    PairingResult pair(@RequestBody PairingRequest request, HttpServletRequest http) {
        return pairing.redeem(request.code(), request.stationCode(), http.getRemoteAddr());
    }

    @ExceptionHandler(PairingRejectedException.class)
    ResponseEntity<ApiError> rejected(PairingRejectedException e) {
        String code = e.failure().code();
        return ResponseEntity.status(e.failure().status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(ApiError.of(code, problems.errorMessage(code)));
    }
}

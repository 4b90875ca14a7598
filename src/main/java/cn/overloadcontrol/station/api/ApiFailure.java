package cn.overloadcontrol.station.api;

import org.springframework.http.HttpStatus;

/**
 * Why the API filter rejected a request, with the stable code that the JSON error carries.
 * The codes are part of the API contract: never rename one.
 */
public enum ApiFailure {

    HEADER_MISSING("auth_header_missing", HttpStatus.UNAUTHORIZED),
    KEY_UNKNOWN("key_unknown", HttpStatus.UNAUTHORIZED),
    KEY_REVOKED("key_revoked", HttpStatus.UNAUTHORIZED),
    TIMESTAMP_INVALID("timestamp_invalid", HttpStatus.UNAUTHORIZED),
    TIMESTAMP_OUT_OF_WINDOW("timestamp_out_of_window", HttpStatus.UNAUTHORIZED),
    NONCE_INVALID("nonce_invalid", HttpStatus.UNAUTHORIZED),
    NONCE_REUSED("nonce_reused", HttpStatus.UNAUTHORIZED),
    SIGNATURE_INVALID("signature_invalid", HttpStatus.UNAUTHORIZED),
    STATION_DISABLED("station_disabled", HttpStatus.FORBIDDEN),
    PAYLOAD_TOO_LARGE("payload_too_large", HttpStatus.CONTENT_TOO_LARGE),
    RATE_LIMITED("rate_limited", HttpStatus.TOO_MANY_REQUESTS);

    private final String code;
    private final HttpStatus status;

    ApiFailure(String code, HttpStatus status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }
}

package cn.overloadcontrol.station.pairing;

import org.springframework.http.HttpStatus;

/** The reason a pairing request failed, with its stable API code and HTTP status. */
public enum PairingFailure {
    /** No code with that value, or the request carried none. */
    CODE_INVALID("pairing_code_invalid", HttpStatus.BAD_REQUEST),
    CODE_EXPIRED("pairing_code_expired", HttpStatus.BAD_REQUEST),
    CODE_USED("pairing_code_used", HttpStatus.BAD_REQUEST),
    /** A newer code was made for the same station. */
    CODE_REPLACED("pairing_code_replaced", HttpStatus.BAD_REQUEST),
    /** The code belongs to another station than the one the request named, or the station changed unit. */
    STATION_MISMATCH("pairing_station_mismatch", HttpStatus.BAD_REQUEST),
    STATION_DISABLED("pairing_station_disabled", HttpStatus.FORBIDDEN),
    /** Too many failed attempts from this address; wait for the window to pass. */
    RATE_LIMITED("pairing_rate_limited", HttpStatus.TOO_MANY_REQUESTS);

    private final String code;
    private final HttpStatus status;

    PairingFailure(String code, HttpStatus status) {
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

package cn.overloadcontrol.upstream.send;

import java.time.Duration;

/**
 * The outcome of one request to a target.
 *
 * @param retryAfter the wait the target asked for (429 Retry-After), else {@code null}
 * @param error what failed, for the task and the status screen; never contains a secret
 */
record DeliveryOutcome(Kind kind, Integer httpStatus, Duration retryAfter, String error) {

    enum Kind {
        SUCCESS,
        /** Worth trying again: timeouts, connection errors, 5xx, 429, retry codes, unreadable responses. */
        RETRY,
        /** Retrying cannot help: the target rejected the content. */
        PERMANENT
    }

    static DeliveryOutcome success(int httpStatus) {
        return new DeliveryOutcome(Kind.SUCCESS, httpStatus, null, null);
    }

    static DeliveryOutcome retry(Integer httpStatus, String error) {
        return new DeliveryOutcome(Kind.RETRY, httpStatus, null, error);
    }

    static DeliveryOutcome throttled(int httpStatus, Duration retryAfter) {
        return new DeliveryOutcome(Kind.RETRY, httpStatus, retryAfter,
                "throttled by the target (HTTP " + httpStatus + "), retry after " + retryAfter.toSeconds() + " s");
    }

    static DeliveryOutcome permanent(Integer httpStatus, String error) {
        return new DeliveryOutcome(Kind.PERMANENT, httpStatus, null, error);
    }

    boolean throttledByTarget() {
        return retryAfter != null;
    }
}

package cn.overloadcontrol.station.api;

/**
 * A request that the API filter rejects before it reaches a controller.
 *
 * @see ApiFailure
 */
class ApiAuthenticationException extends RuntimeException {

    private final ApiFailure failure;
    private final transient Object[] messageArgs;

    ApiAuthenticationException(ApiFailure failure, String detail, Object... messageArgs) {
        super(failure.code() + ": " + detail);
        this.failure = failure;
        this.messageArgs = messageArgs;
    }

    ApiFailure failure() {
        return failure;
    }

    Object[] messageArgs() {
        return messageArgs;
    }
}

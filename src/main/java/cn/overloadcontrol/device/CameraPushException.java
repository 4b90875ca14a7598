package cn.overloadcontrol.device;

/**
 * A camera push that cannot be parsed. The code is stable for HTTP replies and health reports;
 * the message names the field, the value and the rule.
 */
public final class CameraPushException extends RuntimeException {

    /** The kind of problem. */
    public enum Code {
        INVALID_MULTIPART("invalid_multipart"),
        INVALID_XML("invalid_xml"),
        INVALID_JSON("invalid_json"),
        MISSING_FIELD("missing_field"),
        INVALID_FIELD("invalid_field"),
        UNSUPPORTED_EVENT("unsupported_event");

        private final String code;

        Code(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Code code;

    public CameraPushException(Code code, String message) {
        super(message);
        this.code = code;
    }

    public CameraPushException(Code code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}

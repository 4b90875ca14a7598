package cn.overloadcontrol.weighing.media;

import org.springframework.http.HttpStatus;

/** An upload refused before anything was stored, with the API error code and its message arguments. */
public class MediaRejectedException extends RuntimeException {

    public static final String TYPE_INVALID = "media_type_invalid";
    public static final String TOO_LARGE = "media_too_large";
    public static final String KIND_INVALID = "media_kind_invalid";
    public static final String RECORD_NOT_FOUND = "record_not_found";

    private final HttpStatus status;
    private final String code;
    private final transient Object[] args;

    public MediaRejectedException(HttpStatus status, String code, Object... args) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = args;
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }
}

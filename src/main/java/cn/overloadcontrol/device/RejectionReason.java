package cn.overloadcontrol.device;

/** Why bytes from an indicator did not become a weight reading. Codes are stable for logs and JSON. */
public enum RejectionReason {
    /** The checksum characters do not match the frame, or are not valid checksum characters. */
    BAD_CHECKSUM("bad_checksum"),
    /** The indicator reports overload (or out of range without saying which way). */
    OVERLOAD("overload"),
    /** The indicator reports the weight above its range, for example {@code OL}. */
    OVER_RANGE("over_range"),
    /** The indicator reports the weight below its range, for example {@code LO}. */
    UNDER_RANGE("under_range"),
    /** A frame started but its structure is wrong: terminator, sign, header, or cut short by a new frame. */
    MALFORMED("malformed"),
    /** The frame is well formed but its weight field is not a number. */
    BAD_DIGITS("bad_digits"),
    /** A reply from another indicator address on a shared RS-485 line. */
    WRONG_ADDRESS("wrong_address"),
    /** Bytes between frames that start no frame, such as line noise or a wrong baud rate. */
    NOISE("noise"),
    /** A frame still unfinished when the stream ended or the transport flushed the framer. */
    INCOMPLETE("incomplete"),
    /** A frame grew beyond the framer's buffer without ending, so the buffered bytes were dropped. */
    BUFFER_OVERFLOW("buffer_overflow");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

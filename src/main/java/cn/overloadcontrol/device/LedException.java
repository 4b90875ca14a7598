package cn.overloadcontrol.device;

/** A message that an LED board did not show, with the reason as a stable code for health reports. */
public final class LedException extends Exception {

    /** Why the board did not show the message. */
    public enum Reason {
        /** The board answered "busy" (Onbon NACK 3). */
        BUSY("busy"),
        /** The board lacks the font for the text (Onbon NACK 12). */
        FONT_MISSING("font_missing"),
        /** The board kept reporting a CRC error (Onbon NACK 5) on every resend. */
        CRC_REJECTED("crc_rejected"),
        /** The board answered with another error code. */
        REJECTED("rejected"),
        /** No valid reply arrived within the reply timeout, on every attempt. */
        NO_REPLY("no_reply"),
        /** The connection could not be opened or broke while sending, on every attempt. */
        CONNECTION_FAILED("connection_failed");

        private final String code;

        Reason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    private final Reason reason;

    public LedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public LedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

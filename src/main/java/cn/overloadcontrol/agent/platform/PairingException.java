package cn.overloadcontrol.agent.platform;

/**
 * Pairing failed.
 *
 * @see #code()
 */
public class PairingException extends Exception {

    private final String code;

    PairingException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Returns the platform's error code (for example {@code pairing_code_expired}), or {@code unreachable}. */
    public String code() {
        return code;
    }
}

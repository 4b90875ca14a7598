package cn.overloadcontrol.device;

/**
 * Checksum state of a frame that became a reading. A frame whose checksum fails is never a
 * reading, so there is no failed state here.
 */
public enum ChecksumStatus {
    /** The frame carried a checksum and it matched. */
    OK("ok"),
    /** The protocol, or the device setting, has no checksum. */
    NONE("none");

    private final String code;

    ChecksumStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

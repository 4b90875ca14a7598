package cn.overloadcontrol.device;

/** What a framer emits: a weight reading or rejected bytes, each with the raw bytes for audit. */
public sealed interface IndicatorResult permits IndicatorReading, IndicatorRejection {

    /** A copy of the bytes this result was decoded from. */
    byte[] raw();

    /** The raw bytes as upper-case hex pairs separated by spaces, as installers paste them. */
    default String rawHex() {
        return HexBytes.format(raw());
    }
}

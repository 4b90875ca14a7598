package cn.overloadcontrol.device;

/**
 * A per-device setting of an indicator protocol, given as {@code name=value} in the device
 * configuration and as {@code --name value} to {@code tools decode}.
 *
 * @param name         option name, for example {@code motion-bit}
 * @param defaultValue value used when the option is absent
 * @param description  what the option sets and its allowed values, for help text
 */
public record ProtocolOption(String name, String defaultValue, String description) {

    /** Regular expression for the {@code ST,GS,+0012.345kg} lines that many indicators print. */
    public static final String DEFAULT_LINE_PATTERN =
            "(?<status>ST|US|OL),(?<kind>GS|NT|TR),(?<weight>[^,A-Za-z]*)(?<unit>kg|t|g)$";

    public static final ProtocolOption UNIT = new ProtocolOption("unit", "kg",
            "unit of the weight when the frame carries none: kg, t or g");
    public static final ProtocolOption ADDRESS = new ProtocolOption("address", "1",
            "indicator address 1..26 (sent as A..Z); replies from other addresses are rejected");
    public static final ProtocolOption REVERSED_FORMAT = new ProtocolOption("reversed-format", "1",
            "1: '=' + display reversed + sign (A22, A23P); 2: '=' + sign + display in normal order (A26)");
    public static final ProtocolOption NEGATIVE_SIGN = new ProtocolOption("negative-sign", "-",
            "sign character of a negative weight, - or 1 depending on the model; 0 is always positive");
    public static final ProtocolOption CHECKSUM = new ProtocolOption("checksum", "auto",
            "on: 18-byte frames with checksum; off: 17-byte frames; auto: decided per frame from the"
                    + " byte after CR (a frame without checksum is emitted when the next frame starts)");
    public static final ProtocolOption MOTION_BIT = new ProtocolOption("motion-bit", "motion-when-set",
            "meaning of status B bit 3: motion-when-set (Mettler Toledo) or stable-when-set (some clones)");
    public static final ProtocolOption DECIMAL_MAP = new ProtocolOption("decimal-map", "standard",
            "status A bits 0-2: standard (000 x100, 001 x10, 010 integer, 011..111 one to five decimals)"
                    + " or clone (000 integer, the other codes as standard)");
    public static final ProtocolOption PATTERN = new ProtocolOption("pattern", DEFAULT_LINE_PATTERN,
            "regular expression searched in each line; named group weight is required, unit, status"
                    + " (ST stable, US unstable, OL overload) and kind (GS, NT, TR) are optional");
}

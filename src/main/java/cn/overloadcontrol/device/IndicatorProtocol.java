package cn.overloadcontrol.device;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.device.indicator.Framers;

import static cn.overloadcontrol.device.ProtocolOption.ADDRESS;
import static cn.overloadcontrol.device.ProtocolOption.CHECKSUM;
import static cn.overloadcontrol.device.ProtocolOption.DECIMAL_MAP;
import static cn.overloadcontrol.device.ProtocolOption.MOTION_BIT;
import static cn.overloadcontrol.device.ProtocolOption.NEGATIVE_SIGN;
import static cn.overloadcontrol.device.ProtocolOption.PATTERN;
import static cn.overloadcontrol.device.ProtocolOption.REVERSED_FORMAT;
import static cn.overloadcontrol.device.ProtocolOption.UNIT;

/** The indicator protocol families the station can read, one framer each. */
public enum IndicatorProtocol {
    YAOHUA_A9("yaohua-a9",
            "Yaohua XK3190-A9 continuous output (also DS1, DS3, A23P, A26, Keli XK3118K9): 12-byte STX frames",
            List.of(UNIT)),
    YAOHUA_A9_POLL("yaohua-a9-poll",
            "Yaohua command mode (tF=1): replies of 14 bytes to 02 <addr> <cmd> XH XL 03 requests",
            List.of(UNIT, ADDRESS)),
    YAOHUA_REVERSED("yaohua-reversed",
            "Yaohua '=' formats (A22, A23P, A26): 9 characters, no checksum",
            List.of(UNIT, REVERSED_FORMAT, NEGATIVE_SIGN)),
    YAOHUA_A12("yaohua-a12",
            "Yaohua XK3190-A12/A12E: 15-byte WG/WN frames with checksum, and ww/wn lines without",
            List.of(UNIT)),
    TOLEDO("toledo",
            "Mettler Toledo continuous output and its clones: 18 bytes with checksum, 17 without",
            List.of(UNIT, CHECKSUM, MOTION_BIT, DECIMAL_MAP)),
    REGEX("regex",
            "ASCII lines matched by a configurable regular expression, ST,GS,+0012.345kg by default",
            List.of(PATTERN, UNIT));

    private final String id;
    private final String summary;
    private final List<ProtocolOption> options;

    IndicatorProtocol(String id, String summary, List<ProtocolOption> options) {
        this.id = id;
        this.summary = summary;
        this.options = options;
    }

    /** Stable id used in configuration and on the command line, for example {@code yaohua-a9}. */
    public String id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    /** The per-device settings this protocol accepts. */
    public List<ProtocolOption> options() {
        return options;
    }

    public static Optional<IndicatorProtocol> fromId(String id) {
        return Arrays.stream(values()).filter(protocol -> protocol.id.equals(id)).findFirst();
    }

    /**
     * Validates per-device options without creating a framer.
     *
     * @throws IndicatorSettingsException naming the option, the value and the rule it breaks
     */
    public void checkOptions(Map<String, String> options) {
        Framers.checkOptions(this, options);
    }

    /**
     * Creates a framer for one device that sends its results to {@code listener}. Pass an
     * {@link IndicatorFanOut} to reach several consumers.
     *
     * @throws IndicatorSettingsException naming the option, the value and the rule it breaks
     */
    public IndicatorFramer newFramer(Map<String, String> options, IndicatorResultListener listener) {
        return Framers.create(this, options, listener);
    }
}

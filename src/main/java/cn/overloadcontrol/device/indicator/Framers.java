package cn.overloadcontrol.device.indicator;

import java.util.Map;

import cn.overloadcontrol.device.IndicatorFramer;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorResultListener;

/** Creates the framer of each protocol from its per-device options. Used through {@link IndicatorProtocol}. */
public final class Framers {

    /**
     * Buffer size of a framer. The longest fixed frame is 18 bytes, and a regex line longer than
     * this is dropped as a buffer overflow.
     */
    public static final int DEFAULT_CAPACITY = 512;

    private Framers() {
    }

    public static IndicatorFramer create(IndicatorProtocol protocol, Map<String, String> options,
                                         IndicatorResultListener listener) {
        return create(protocol, options, listener, DEFAULT_CAPACITY);
    }

    static IndicatorFramer create(IndicatorProtocol protocol, Map<String, String> options,
                                  IndicatorResultListener listener, int capacity) {
        return new StreamFramer(protocol.id(), format(protocol, options), listener, capacity);
    }

    public static void checkOptions(IndicatorProtocol protocol, Map<String, String> options) {
        format(protocol, options);
    }

    private static FrameFormat format(IndicatorProtocol protocol, Map<String, String> values) {
        Options options = new Options(protocol, values);
        return switch (protocol) {
            case YAOHUA_A9 -> new YaohuaA9Format(YaohuaA9Settings.from(options));
            case YAOHUA_A9_POLL -> new YaohuaPollFormat(YaohuaPollSettings.from(options));
            case YAOHUA_REVERSED -> new YaohuaReversedFormat(YaohuaReversedSettings.from(options));
            case YAOHUA_A12 -> new YaohuaA12Format(YaohuaA12Settings.from(options));
            case TOLEDO -> new ToledoFormat(ToledoSettings.from(options));
            case REGEX -> new RegexLineFormat(RegexSettings.from(options));
        };
    }
}

package cn.overloadcontrol.device;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.device.indicator.ReadingEncoder;

/**
 * Frames an indicator would send for a gross weight, for simulators and tests: the framer of the
 * same protocol and options decodes each one back to the weight. Supported are the protocols that
 * stream readings unasked: yaohua-a9, yaohua-a12 (fixed frames, always in kg), toledo (tare 0,
 * increment 1) and regex with its default pattern.
 */
public final class IndicatorFrames {

    private IndicatorFrames() {
    }

    /** Returns the protocols {@link #encode} supports. */
    public static Set<IndicatorProtocol> supported() {
        return ReadingEncoder.SUPPORTED;
    }

    /**
     * Encodes one frame. {@code stable} sets the stability flag where the protocol has one.
     *
     * @param options the device's protocol options, as for {@link IndicatorProtocol#newFramer}
     * @throws IllegalArgumentException naming the unsupported protocol, the invalid option or the
     *                                  weight that does not fit the frame
     */
    public static byte[] encode(IndicatorProtocol protocol, BigDecimal weightKg, boolean stable,
                                Map<String, String> options) {
        return ReadingEncoder.encode(protocol, weightKg, stable, options);
    }
}

package cn.overloadcontrol.device.transport;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.overloadcontrol.device.IndicatorFrames;
import cn.overloadcontrol.device.IndicatorProtocol;

/** Indicator frames for transport tests. */
final class Frames {

    private Frames() {
    }

    /** Builds a Yaohua A9 continuous frame of whole kilograms. */
    static byte[] a9(int kilograms) {
        return IndicatorFrames.encode(IndicatorProtocol.YAOHUA_A9, BigDecimal.valueOf(kilograms), true, Map.of());
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}

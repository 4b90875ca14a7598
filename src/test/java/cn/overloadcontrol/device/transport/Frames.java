package cn.overloadcontrol.device.transport;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Indicator frames for transport tests. */
final class Frames {

    private Frames() {
    }

    /** Builds a Yaohua A9 continuous frame of whole kilograms: STX, sign, 6 digits, decimals, checksum, ETX. */
    static byte[] a9(int kilograms) {
        String body = (kilograms < 0 ? "-" : "+") + String.format("%06d", Math.abs(kilograms)) + "0";
        int xor = 0;
        for (byte b : body.getBytes(StandardCharsets.US_ASCII)) {
            xor ^= b;
        }
        String text = "\u0002" + body + String.format("%02X", xor) + "\u0003";
        return text.getBytes(StandardCharsets.US_ASCII);
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

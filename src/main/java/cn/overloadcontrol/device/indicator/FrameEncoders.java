package cn.overloadcontrol.device.indicator;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import cn.overloadcontrol.device.WeightKind;

/**
 * Builds indicator frames byte by byte from their fields, the inverse of the framers. The
 * simulator streams these frames and the framer tests feed them; {@code IndicatorFrames} turns a
 * weight in kg into the fields.
 */
public final class FrameEncoders {

    /** Largest value of a 6-digit weight field. */
    public static final long MAX_SIX_DIGITS = 999_999;

    private FrameEncoders() {
    }

    /**
     * Builds a Yaohua A9 continuous frame: STX, sign, 6 digits, decimal places, XOR checksum, ETX.
     *
     * @param a22Checksum whether to write the checksum as nibble + 0x30 (A22 manual) instead of hex
     */
    public static byte[] yaohuaA9(boolean negative, long digits, int decimals, boolean a22Checksum) {
        byte[] body = ascii(sign(negative) + sixDigits(digits, '0') + decimalPlaces(decimals, 4));
        return concat(new byte[] {Checksums.STX}, body, yaohuaChecksum(Checksums.xor(body, 0, body.length), a22Checksum),
                new byte[] {Checksums.ETX});
    }

    /** Builds a Yaohua command-mode reply: STX, address, command, sign, 6 digits, decimals, XOR, ETX. */
    public static byte[] yaohuaPollReply(char address, char command, boolean negative, long digits, int decimals,
                                         boolean a22Checksum) {
        byte[] body = ascii("" + address + command + sign(negative) + sixDigits(digits, '0')
                + decimalPlaces(decimals, 4));
        return concat(new byte[] {Checksums.STX}, body, yaohuaChecksum(Checksums.xor(body, 0, body.length), a22Checksum),
                new byte[] {Checksums.ETX});
    }

    /**
     * Builds a Yaohua A12 fixed frame such as {@code WG004.139kg3D}: the 7-character field contains the
     * decimal point, or a trailing space when there is none, and {@code -} first when negative.
     *
     * @throws IllegalArgumentException when the weight does not fit 7 characters
     */
    public static byte[] yaohuaA12(boolean net, boolean negative, BigDecimal magnitude) {
        String number = magnitude.toPlainString();
        boolean whole = magnitude.scale() <= 0;
        int width = whole ? 6 : 7;
        String field = negative ? "-" + pad(number, width - 1, '0') : pad(number, width, '0');
        if (whole) {
            field += " ";
        }
        if (field.length() != 7) {
            throw new IllegalArgumentException("weight " + (negative ? "-" : "") + number
                    + " does not fit the 7 characters of a Yaohua A12 frame");
        }
        byte[] body = ascii("W" + (net ? "N" : "G") + field + "kg");
        return concat(body, Checksums.hexText(Checksums.xor(body, 0, body.length)), ascii("\r\n"));
    }

    /**
     * Builds a Mettler Toledo continuous frame: STX, status A, B and C, weight and tare as 6 digits
     * with leading spaces, CR, and the checksum that makes the 7-bit sum zero when requested.
     */
    public static byte[] toledo(int statusA, int statusB, long weightDigits, long tareDigits, boolean withChecksum) {
        byte[] head = {Checksums.STX, (byte) statusA, (byte) statusB, 0x20};
        byte[] body = concat(head, ascii(sixDigits(weightDigits, ' ') + sixDigits(tareDigits, ' ')),
                new byte[] {Checksums.CR});
        if (!withChecksum) {
            return body;
        }
        int sum = 0;
        for (byte b : body) {
            sum += b;
        }
        return concat(body, new byte[] {(byte) (-sum & 0x7F)});
    }

    /** Builds a line such as {@code ST,GS,+0012.345kg} CR LF, which the default regex pattern reads. */
    public static byte[] statusLine(boolean stable, WeightKind kind, boolean negative, BigDecimal magnitude,
                                    String unit) {
        String kindCode = switch (kind) {
            case GROSS -> "GS";
            case NET -> "NT";
            case TARE -> "TR";
        };
        return ascii((stable ? "ST" : "US") + "," + kindCode + "," + sign(negative)
                + pad(magnitude.toPlainString(), 8, '0') + unit + "\r\n");
    }

    /** Two checksum characters: upper-case hex, or with {@code a22} each nibble + 0x30. */
    static byte[] yaohuaChecksum(int value, boolean a22) {
        if (!a22) {
            return Checksums.hexText(value);
        }
        return new byte[] {(byte) ('0' + (value >> 4)), (byte) ('0' + (value & 0x0F))};
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static String pad(String text, int width, char fill) {
        StringBuilder padded = new StringBuilder();
        while (padded.length() + text.length() < width) {
            padded.append(fill);
        }
        return padded.append(text).toString();
    }

    private static String sign(boolean negative) {
        return negative ? "-" : "+";
    }

    private static String sixDigits(long digits, char fill) {
        if (digits < 0 || digits > MAX_SIX_DIGITS) {
            throw new IllegalArgumentException("weight digits " + digits + " do not fit 6 digits (0.."
                    + MAX_SIX_DIGITS + ")");
        }
        return pad(Long.toString(digits), 6, fill);
    }

    private static String decimalPlaces(int decimals, int max) {
        if (decimals < 0 || decimals > max) {
            throw new IllegalArgumentException("decimal places " + decimals + " out of range: expected 0.." + max);
        }
        return Integer.toString(decimals);
    }
}

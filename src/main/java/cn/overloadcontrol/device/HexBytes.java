package cn.overloadcontrol.device;

import java.util.HexFormat;

/** Hex text of captured bytes, as installers paste it: spaces optional, either case. */
public final class HexBytes {

    private static final HexFormat SPACED_UPPER_CASE = HexFormat.ofDelimiter(" ").withUpperCase();

    private HexBytes() {
    }

    /**
     * Parses hex digit pairs, ignoring whitespace anywhere.
     *
     * @throws IllegalArgumentException naming the first invalid character and its position, or
     *                                  an odd number of digits
     */
    public static byte[] parse(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (Character.digit(c, 16) < 0) {
                throw new IllegalArgumentException("invalid hex: '" + c + "' at position " + (i + 1)
                        + " is not a hex digit (0-9, a-f, A-F)");
            }
            digits.append(c);
        }
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException("invalid hex: " + digits.length()
                    + " hex digits, expected pairs of two digits per byte");
        }
        return HexFormat.of().parseHex(digits);
    }

    /** Formats bytes as upper-case pairs separated by single spaces, for example {@code 02 2B 30}. */
    public static String format(byte[] bytes) {
        return SPACED_UPPER_CASE.formatHex(bytes);
    }
}

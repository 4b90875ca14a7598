package cn.overloadcontrol.device.indicator;

/** Checksum arithmetic and control bytes shared by the indicator framers. */
public final class Checksums {

    public static final byte STX = 0x02;
    public static final byte ETX = 0x03;
    static final byte CR = 0x0D;
    static final byte LF = 0x0A;

    private Checksums() {
    }

    /** XOR of {@code bytes[from]} up to, not including, {@code bytes[to]}. */
    static int xor(byte[] bytes, int from, int to) {
        int result = 0;
        for (int i = from; i < to; i++) {
            result ^= bytes[i] & 0xFF;
        }
        return result;
    }

    /** Two upper-case hex characters of a byte value, high nibble first. */
    public static byte[] hexText(int value) {
        return new byte[] {hexDigit((value >> 4) & 0x0F), hexDigit(value & 0x0F)};
    }

    /**
     * Checks two Yaohua checksum characters against the expected byte. Both encodings in use are
     * accepted: hex text ({@code 0-9 A-F}, lower case too) and the A22 manual's nibble + 0x30,
     * which writes 10..15 as {@code : ; < = > ?}.
     */
    static boolean yaohuaCharactersMatch(int expected, byte high, byte low) {
        int highNibble = yaohuaNibble(high);
        int lowNibble = yaohuaNibble(low);
        if (highNibble < 0 || lowNibble < 0) {
            return false;
        }
        return (highNibble << 4 | lowNibble) == (expected & 0xFF);
    }

    /**
     * Checks a Mettler Toledo frame: the last byte is the two's complement of the 7-bit sum of
     * the others, so the 7-bit sum of all bytes is zero.
     */
    static boolean toledoSumIsZero(byte[] frame) {
        int sum = 0;
        for (byte b : frame) {
            sum += b & 0x7F;
        }
        return (sum & 0x7F) == 0;
    }

    private static int yaohuaNibble(byte character) {
        if (character >= '0' && character <= '?') {
            return character - '0';
        }
        if (character >= 'A' && character <= 'F') {
            return character - 'A' + 10;
        }
        if (character >= 'a' && character <= 'f') {
            return character - 'a' + 10;
        }
        return -1;
    }

    private static byte hexDigit(int nibble) {
        return (byte) (nibble < 10 ? '0' + nibble : 'A' + nibble - 10);
    }
}

package cn.overloadcontrol.device.led;

/**
 * The two CRC-16 variants LED boards use. Both run the reflected polynomial 0xA001 without a
 * final XOR and differ only in the initial value.
 */
final class Crc16 {

    private static final int POLYNOMIAL = 0xA001;

    private Crc16() {
    }

    /** CRC-16/ARC (initial value 0), as Onbon BX-5K/6K cards check header and data. */
    static int arc(byte[] bytes, int offset, int length) {
        return compute(0x0000, bytes, offset, length);
    }

    /** CRC-16/MODBUS (initial value 0xFFFF), as the generic RS-485 display board checks a frame. */
    static int modbus(byte[] bytes, int offset, int length) {
        return compute(0xFFFF, bytes, offset, length);
    }

    private static int compute(int initial, byte[] bytes, int offset, int length) {
        int crc = initial;
        for (int i = offset; i < offset + length; i++) {
            crc ^= bytes[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ POLYNOMIAL : crc >>> 1;
            }
        }
        return crc;
    }
}

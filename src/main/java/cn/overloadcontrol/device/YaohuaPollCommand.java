package cn.overloadcontrol.device;

import cn.overloadcontrol.device.indicator.Checksums;

/** Requests of the Yaohua command mode (tF=1), sent as {@code 02 <addr> <cmd> XH XL 03}. */
public enum YaohuaPollCommand {
    HANDSHAKE('A'),
    READ_GROSS('B'),
    READ_TARE('C'),
    READ_NET('D');

    public static final int MIN_ADDRESS = 1;
    public static final int MAX_ADDRESS = 26;

    private final char code;

    YaohuaPollCommand(char code) {
        this.code = code;
    }

    /** The command letter, A to D. */
    public char code() {
        return code;
    }

    /**
     * Builds the request for indicator {@code address} (1..26, sent as A..Z). XH XL are the
     * upper-case hex text of the address byte XOR the command byte.
     */
    public byte[] request(int address) {
        if (address < MIN_ADDRESS || address > MAX_ADDRESS) {
            throw new IndicatorSettingsException("address", Integer.toString(address),
                    "expected " + MIN_ADDRESS + ".." + MAX_ADDRESS + " (indicator A..Z)");
        }
        byte addressByte = (byte) ('A' + address - 1);
        byte[] checksum = Checksums.hexText(addressByte ^ code);
        return new byte[] {Checksums.STX, addressByte, (byte) code, checksum[0], checksum[1], Checksums.ETX};
    }
}

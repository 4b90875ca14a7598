package cn.overloadcontrol.device.transport;

import java.util.Objects;
import java.util.Set;

/**
 * Line settings of one serial device.
 *
 * @param path     free-text device path such as {@code /dev/ttyS0}, {@code COM3} or a socat link:
 *                 pseudo-terminals are not enumerated by jSerialComm but open by path
 * @param baud     baud rate
 * @param dataBits 5 to 8
 * @param parity   parity
 * @param stopBits 1 or 2
 */
public record SerialSettings(String path, int baud, int dataBits, Parity parity, int stopBits) {

    private static final Set<Integer> DATA_BITS = Set.of(5, 6, 7, 8);

    public SerialSettings {
        Objects.requireNonNull(parity, "parity");
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("device path must not be blank");
        }
        if (baud <= 0) {
            throw new IllegalArgumentException("baud " + baud + " must be positive");
        }
        if (!DATA_BITS.contains(dataBits)) {
            throw new IllegalArgumentException("data bits " + dataBits + " must be 5 to 8");
        }
        if (stopBits != 1 && stopBits != 2) {
            throw new IllegalArgumentException("stop bits " + stopBits + " must be 1 or 2");
        }
    }

    /** Settings from a character format such as {@code 8N1} or {@code 7E1}. */
    public static SerialSettings of(String path, int baud, String format) {
        if (format == null || !format.matches("[5-8][NOEMSnoems][12]")) {
            throw new IllegalArgumentException("character format '" + format
                    + "' must be data bits, parity letter and stop bits, for example 8N1");
        }
        return new SerialSettings(path, baud, format.charAt(0) - '0', Parity.ofLetter(format.charAt(1)),
                format.charAt(2) - '0');
    }

    /** Returns the character format, for example {@code 8N1}. */
    public String format() {
        return "" + dataBits + parity.letter() + stopBits;
    }

    public SerialSettings withLine(int newBaud, String newFormat) {
        return of(path, newBaud, newFormat);
    }

    @Override
    public String toString() {
        return path + " " + baud + " " + format();
    }
}

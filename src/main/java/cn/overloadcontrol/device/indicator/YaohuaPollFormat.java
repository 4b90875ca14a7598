package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.RejectionReason;
import cn.overloadcontrol.device.WeightKind;

/**
 * Replies of the Yaohua command mode, 14 bytes: STX, address A..Z, command A..D, sign, 6 digits,
 * decimal places, two checksum characters (XOR of the address through the decimal places), ETX.
 */
final class YaohuaPollFormat extends FixedLengthFormat {

    static final int LENGTH = 14;

    private final YaohuaPollSettings settings;

    YaohuaPollFormat(YaohuaPollSettings settings) {
        super(Checksums.STX, LENGTH, Checksums.ETX);
        this.settings = settings;
    }

    @Override
    public IndicatorReading decode(byte[] frame) throws FrameRejected {
        if (!Checksums.yaohuaCharactersMatch(Checksums.xor(frame, 1, 11), frame[11], frame[12])) {
            throw new FrameRejected(RejectionReason.BAD_CHECKSUM);
        }
        byte address = frame[1];
        if (address < 'A' || address > 'Z') {
            throw new FrameRejected(RejectionReason.MALFORMED);
        }
        if (address != settings.addressByte()) {
            throw new FrameRejected(RejectionReason.WRONG_ADDRESS);
        }
        WeightKind kind = kind(frame[2]);
        BigDecimal weight = YaohuaA9Format.number(frame, 3);
        return new IndicatorReading(weight, settings.unit(), null, kind, ChecksumStatus.OK, frame);
    }

    /** Maps the command a reply answers to the weight it carries. A handshake reply carries no kind. */
    private static WeightKind kind(byte command) throws FrameRejected {
        return switch (command) {
            case 'A' -> null;
            case 'B' -> WeightKind.GROSS;
            case 'C' -> WeightKind.TARE;
            case 'D' -> WeightKind.NET;
            default -> throw new FrameRejected(RejectionReason.MALFORMED);
        };
    }
}

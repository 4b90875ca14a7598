package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.RejectionReason;

/**
 * Yaohua XK3190-A9 continuous output, 12 bytes: STX, sign, 6 digits, decimal places, two
 * checksum characters (XOR of the sign through the decimal places), ETX. The last two characters
 * before ETX are always the checksum, never a status. The frame has no stability flag.
 */
final class YaohuaA9Format extends FixedLengthFormat {

    static final int LENGTH = 12;

    private final YaohuaA9Settings settings;

    YaohuaA9Format(YaohuaA9Settings settings) {
        super(Checksums.STX, LENGTH, Checksums.ETX);
        this.settings = settings;
    }

    @Override
    public IndicatorReading decode(byte[] frame) throws FrameRejected {
        if (!Checksums.yaohuaCharactersMatch(Checksums.xor(frame, 1, 9), frame[9], frame[10])) {
            throw new FrameRejected(RejectionReason.BAD_CHECKSUM);
        }
        BigDecimal weight = number(frame, 1);
        return new IndicatorReading(weight, settings.unit(), null, null, ChecksumStatus.OK, frame);
    }

    /**
     * Reads the Yaohua number field at {@code signIndex}: sign {@code +} or {@code -}, 6 digits
     * and one digit 0..4 giving the decimal places.
     */
    static BigDecimal number(byte[] frame, int signIndex) throws FrameRejected {
        byte sign = frame[signIndex];
        if (sign != '+' && sign != '-') {
            throw new FrameRejected(RejectionReason.MALFORMED);
        }
        long digits = WeightText.digits(frame, signIndex + 1, 6, false);
        byte decimals = frame[signIndex + 7];
        if (decimals < '0' || decimals > '4') {
            throw new FrameRejected(RejectionReason.MALFORMED);
        }
        return WeightText.scaled(digits, decimals - '0', sign == '-');
    }
}

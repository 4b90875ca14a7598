package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.RejectionReason;

/**
 * The Yaohua {@code =} formats, 9 characters with no checksum: {@code =}, then either the
 * 7-character display (decimal point included) reversed followed by the sign, or the sign
 * followed by the display. 3.000 is {@code =000.3000} in the first layout and {@code =0003.000}
 * in the second. {@code =} is the only delimiter.
 */
final class YaohuaReversedFormat extends FixedLengthFormat {

    static final int LENGTH = 9;
    private static final int DISPLAY_LENGTH = 7;

    private final YaohuaReversedSettings settings;

    YaohuaReversedFormat(YaohuaReversedSettings settings) {
        super((byte) '=', LENGTH, NO_END_BYTE);
        this.settings = settings;
    }

    @Override
    public IndicatorReading decode(byte[] frame) throws FrameRejected {
        boolean reversed = settings.layout() == YaohuaReversedSettings.Layout.REVERSED_THEN_SIGN;
        byte sign = reversed ? frame[8] : frame[1];
        String display = new String(frame, reversed ? 1 : 2, DISPLAY_LENGTH, StandardCharsets.ISO_8859_1);
        if (reversed) {
            display = new StringBuilder(display).reverse().toString();
        }

        boolean negative = negative(sign);
        // The sign has its own character, so a sign inside the display is garbage.
        if (display.indexOf('-') >= 0 || display.indexOf('+') >= 0) {
            throw new FrameRejected(RejectionReason.BAD_DIGITS);
        }
        BigDecimal weight = WeightText.decimal(display);
        return new IndicatorReading(negative ? weight.negate() : weight, settings.unit(), null, null,
                ChecksumStatus.NONE, frame);
    }

    private boolean negative(byte sign) throws FrameRejected {
        if (sign == '0' || sign == '+') {
            return false;
        }
        if (sign == settings.negativeSign().character()) {
            return true;
        }
        throw new FrameRejected(RejectionReason.MALFORMED);
    }
}

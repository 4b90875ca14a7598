package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.ProtocolOption;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

/**
 * Encodes a gross weight as the frame a device with the given protocol options would send, so
 * that the matching framer decodes it back to the same weight. Used through
 * {@code IndicatorFrames}.
 */
public final class ReadingEncoder {

    /** Protocols that stream readings unasked. The command mode replies only to requests, and the '=' formats are left out. */
    public static final Set<IndicatorProtocol> SUPPORTED = Collections.unmodifiableSet(EnumSet.of(
            IndicatorProtocol.YAOHUA_A9, IndicatorProtocol.YAOHUA_A12, IndicatorProtocol.TOLEDO, IndicatorProtocol.REGEX));

    private static final int A9_MAX_DECIMALS = 4;
    private static final int TOLEDO_MAX_DECIMALS = 5;
    /** Status A bit 5 is always set, and bits 3-4 = 01 declare an increment of 1. */
    private static final int TOLEDO_STATUS_A_BASE = 0x20 | 0x08;
    private static final int TOLEDO_STATUS_B_BASE = 0x30;

    private ReadingEncoder() {
    }

    /**
     * Encodes {@code weightKg} with the unit and the other options of the device.
     *
     * @throws IllegalArgumentException for an unsupported protocol, an invalid option (as
     *                                  {@code IndicatorSettingsException}), or a weight that does
     *                                  not fit the frame
     */
    public static byte[] encode(IndicatorProtocol protocol, BigDecimal weightKg, boolean stable,
                                Map<String, String> values) {
        Options options = new Options(protocol, values);
        boolean negative = weightKg.signum() < 0;
        BigDecimal magnitude = weightKg.abs();
        return switch (protocol) {
            case YAOHUA_A9 -> yaohuaA9(YaohuaA9Settings.from(options), negative, magnitude);
            case YAOHUA_A12 -> FrameEncoders.yaohuaA12(false, negative, wholeOrScaled(magnitude, 3));
            case TOLEDO -> toledo(ToledoSettings.from(options), negative, magnitude, stable);
            case REGEX -> statusLine(RegexSettings.from(options), negative, magnitude, stable);
            case YAOHUA_A9_POLL, YAOHUA_REVERSED -> throw new IllegalArgumentException("protocol " + protocol.id()
                    + " cannot be encoded: supported are " + SUPPORTED.stream().map(IndicatorProtocol::id).toList());
        };
    }

    private static byte[] yaohuaA9(YaohuaA9Settings settings, boolean negative, BigDecimal magnitudeKg) {
        BigDecimal value = wholeOrScaled(inUnit(magnitudeKg, settings.unit()), A9_MAX_DECIMALS);
        return FrameEncoders.yaohuaA9(negative, value.unscaledValue().longValueExact(), value.scale(), false);
    }

    private static byte[] toledo(ToledoSettings settings, boolean negative, BigDecimal magnitudeKg, boolean stable) {
        BigDecimal value = wholeOrScaled(inUnit(magnitudeKg, settings.unit()), TOLEDO_MAX_DECIMALS);
        // Code 010 and up mean 0..5 decimals in both decimal maps.
        int statusA = TOLEDO_STATUS_A_BASE | (value.scale() + 2);
        boolean motionBitSet = settings.motionBit() == ToledoSettings.MotionBit.MOTION_WHEN_SET ? !stable : stable;
        int statusB = TOLEDO_STATUS_B_BASE | (negative ? 0x02 : 0) | (motionBitSet ? 0x08 : 0);
        boolean withChecksum = settings.checksum() != ToledoSettings.ChecksumMode.OFF;
        return FrameEncoders.toledo(statusA, statusB, value.unscaledValue().longValueExact(), 0, withChecksum);
    }

    private static byte[] statusLine(RegexSettings settings, boolean negative, BigDecimal magnitudeKg,
                                     boolean stable) {
        if (!settings.pattern().pattern().equals(ProtocolOption.DEFAULT_LINE_PATTERN)) {
            throw new IllegalArgumentException("protocol regex can only be encoded with its default pattern "
                    + ProtocolOption.DEFAULT_LINE_PATTERN + ", not " + settings.pattern().pattern());
        }
        BigDecimal value = inUnit(magnitudeKg, settings.unit());
        return FrameEncoders.statusLine(stable, WeightKind.GROSS, negative, value, settings.unit().code());
    }

    private static BigDecimal inUnit(BigDecimal kg, WeightUnit unit) {
        return switch (unit) {
            case KG -> kg;
            case T -> kg.movePointLeft(3);
            case G -> kg.movePointRight(3);
        };
    }

    /** Drops an exponent ({@code 4E+4} becomes {@code 40000}) and rounds beyond {@code maxDecimals}. */
    private static BigDecimal wholeOrScaled(BigDecimal value, int maxDecimals) {
        if (value.scale() < 0) {
            return value.setScale(0);
        }
        return value.scale() > maxDecimals ? value.setScale(maxDecimals, RoundingMode.HALF_UP) : value;
    }
}

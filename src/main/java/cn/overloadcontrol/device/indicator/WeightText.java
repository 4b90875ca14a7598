package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import cn.overloadcontrol.device.RejectionReason;

/** Turns the weight fields of frames into {@link BigDecimal}s, rejecting anything that is not a number. */
final class WeightText {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d*)?|\\.\\d+");

    private WeightText() {
    }

    /**
     * Reads a field of ASCII digits with no sign or point. With {@code leadingSpaces} the
     * indicator may blank leading zeros, but at least one digit must remain.
     */
    static long digits(byte[] frame, int from, int count, boolean leadingSpaces) throws FrameRejected {
        long value = 0;
        boolean digitSeen = false;
        for (int i = from; i < from + count; i++) {
            byte character = frame[i];
            if (character >= '0' && character <= '9') {
                value = value * 10 + (character - '0');
                digitSeen = true;
            } else if (!(character == ' ' && leadingSpaces && !digitSeen)) {
                throw new FrameRejected(RejectionReason.BAD_DIGITS);
            }
        }
        if (!digitSeen) {
            throw new FrameRejected(RejectionReason.BAD_DIGITS);
        }
        return value;
    }

    /**
     * Applies a decimal exponent and sign: {@code decimals} 2 turns 2000 into 20.00, and -1 (a
     * x10 display) turns 2536 into 25360. The result never has a negative scale, so it prints
     * without exponent notation.
     */
    static BigDecimal scaled(long value, int decimals, boolean negative) {
        BigDecimal weight = BigDecimal.valueOf(value, decimals);
        if (weight.scale() < 0) {
            weight = weight.setScale(0);
        }
        return negative ? weight.negate() : weight;
    }

    /**
     * Reads a displayed number such as {@code 004.139}, {@code -04.139}, {@code 003260 } or
     * {@code +  12.5}: an optional sign, spaces allowed around it and at the ends, and digits with
     * at most one decimal point. Keeps the decimal places as sent.
     */
    static BigDecimal decimal(String text) throws FrameRejected {
        String rest = text.strip();
        boolean negative = false;
        if (rest.startsWith("-") || rest.startsWith("+")) {
            negative = rest.charAt(0) == '-';
            rest = rest.substring(1).stripLeading();
        }
        if (!DECIMAL.matcher(rest).matches()) {
            throw new FrameRejected(RejectionReason.BAD_DIGITS);
        }
        BigDecimal weight = new BigDecimal(rest);
        return negative ? weight.negate() : weight;
    }
}

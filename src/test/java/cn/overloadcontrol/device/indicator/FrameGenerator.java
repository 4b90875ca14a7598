package cn.overloadcontrol.device.indicator;

import java.math.BigDecimal;
import java.util.Random;

import cn.overloadcontrol.device.WeightKind;

/**
 * Random valid frames of each protocol together with the reading they must decode to, computed
 * from the numbers that built the frame rather than by a second decoder.
 */
final class FrameGenerator {

    /** A frame and what it means; the weight is compared ignoring trailing zeros. */
    record Frame(byte[] bytes, Expected expected) {
    }

    record Expected(BigDecimal weight, Boolean stable, WeightKind kind) {

        Expected {
            weight = weight.stripTrailingZeros();
        }
    }

    private FrameGenerator() {
    }

    static Frame yaohuaA9(Random random) {
        boolean negative = random.nextBoolean();
        int value = random.nextInt(1_000_000);
        int decimals = random.nextInt(5);
        byte[] frame = FrameEncoders.yaohuaA9(negative, value, decimals, random.nextBoolean());
        return new Frame(frame, new Expected(signed(BigDecimal.valueOf(value, decimals), negative), null, null));
    }

    static Frame yaohuaPoll(Random random) {
        char command = "BCD".charAt(random.nextInt(3));
        WeightKind kind = switch (command) {
            case 'B' -> WeightKind.GROSS;
            case 'C' -> WeightKind.TARE;
            default -> WeightKind.NET;
        };
        boolean negative = random.nextBoolean();
        int value = random.nextInt(1_000_000);
        int decimals = random.nextInt(5);
        byte[] frame = FrameEncoders.yaohuaPollReply('A', command, negative, value, decimals, random.nextBoolean());
        return new Frame(frame, new Expected(signed(BigDecimal.valueOf(value, decimals), negative), null, kind));
    }

    /** Layout 1 reverses the display and puts the sign last; layout 2 puts the sign first. */
    static Frame yaohuaReversed(Random random, boolean reversed) {
        boolean negative = random.nextBoolean();
        int decimals = random.nextInt(4);
        BigDecimal weight;
        String display;
        if (decimals == 0) {
            int value = random.nextInt(10_000_000);
            display = String.format("%07d", value);
            weight = BigDecimal.valueOf(value);
        } else {
            int value = random.nextInt(1_000_000);
            String digits = String.format("%06d", value);
            display = digits.substring(0, 6 - decimals) + "." + digits.substring(6 - decimals);
            weight = BigDecimal.valueOf(value, decimals);
        }
        char sign = negative ? '-' : '0';
        String text = reversed
                ? "=" + new StringBuilder(display).reverse() + sign
                : "=" + sign + display;
        return new Frame(ascii(text), new Expected(signed(weight, negative), null, null));
    }

    /** Alternates the checksummed WG/WN frame and the ww/wn line. */
    static Frame yaohuaA12(Random random) {
        boolean net = random.nextBoolean();
        boolean negative = random.nextBoolean();
        int value = random.nextInt(100_000);
        int decimals = random.nextInt(4);
        BigDecimal weight = BigDecimal.valueOf(value, decimals);
        WeightKind kind = net ? WeightKind.NET : WeightKind.GROSS;
        if (random.nextBoolean()) {
            byte[] frame = FrameEncoders.yaohuaA12(net, negative, weight);
            return new Frame(frame, new Expected(signed(weight, negative), null, kind));
        }
        String line = "w" + (net ? "n" : "w") + (negative ? "-" : "+") + weight.toPlainString() + "kg\r\n";
        return new Frame(ascii(line), new Expected(signed(weight, negative), null, kind));
    }

    static Frame toledo(Random random, boolean withChecksum) {
        int decimalCode = random.nextInt(8);
        int increment = 1 + random.nextInt(3);
        boolean net = random.nextBoolean();
        boolean negative = random.nextBoolean();
        boolean motion = random.nextBoolean();
        int value = random.nextInt(1_000_000);
        int tare = random.nextInt(1_000_000);
        byte statusA = (byte) (0x20 | increment << 3 | decimalCode);
        byte statusB = (byte) (0x30 | (net ? 1 : 0) | (negative ? 2 : 0) | (motion ? 8 : 0));
        byte[] frame = FrameEncoders.toledo(statusA, statusB, value, tare, withChecksum);
        BigDecimal weight = BigDecimal.valueOf(value).scaleByPowerOfTen(2 - decimalCode);
        return new Frame(frame, new Expected(signed(weight, negative), !motion, net ? WeightKind.NET : WeightKind.GROSS));
    }

    static Frame regexLine(Random random) {
        boolean stable = random.nextBoolean();
        int kindIndex = random.nextInt(3);
        boolean negative = random.nextBoolean();
        BigDecimal weight = BigDecimal.valueOf(random.nextInt(10_000_000), 3);
        WeightKind kind = new WeightKind[] {WeightKind.GROSS, WeightKind.NET, WeightKind.TARE}[kindIndex];
        byte[] line = FrameEncoders.statusLine(stable, kind, negative, weight, "kg");
        return new Frame(line, new Expected(signed(weight, negative), stable, kind));
    }

    private static BigDecimal signed(BigDecimal weight, boolean negative) {
        return negative ? weight.negate() : weight;
    }

    private static byte[] ascii(String text) {
        return FrameEncoders.ascii(text);
    }

    static byte[] concat(byte[]... parts) {
        return FrameEncoders.concat(parts);
    }
}

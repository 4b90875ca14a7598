package cn.overloadcontrol.agent.simulator;

import java.util.Random;

import cn.overloadcontrol.common.PlateColor;

/**
 * Plausible truck plates for a Jincheng source unit: mostly 晋E (Jincheng), some from other
 * Shanxi cities and neighbouring provinces, and some large new-energy plates (five digits, then
 * D or F, on a yellow-green plate).
 */
final class PlateGenerator {

    /** A plate with its colour. */
    record Plate(String number, PlateColor color) {
    }

    private static final String[] OTHER_SHANXI = {"晋A", "晋C", "晋D", "晋K", "晋M"};
    private static final String[] NEIGHBOURS = {"豫H", "豫N", "冀D", "陕E", "蒙B"};
    /** Serial letters per GA 36: I and O are left out because they read as 1 and 0. */
    private static final String SERIAL_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String NEW_ENERGY_LETTERS = "DF";

    private final Random random;

    PlateGenerator(Random random) {
        this.random = random;
    }

    Plate next() {
        String prefix = prefix();
        if (random.nextDouble() < 0.06) {
            return new Plate(prefix + digits(5) + NEW_ENERGY_LETTERS.charAt(random.nextInt(2)), PlateColor.YELLOW_GREEN);
        }
        return new Plate(prefix + serial(), PlateColor.YELLOW);
    }

    private String prefix() {
        double draw = random.nextDouble();
        if (draw < 0.85) {
            return "晋E";
        }
        if (draw < 0.93) {
            return OTHER_SHANXI[random.nextInt(OTHER_SHANXI.length)];
        }
        return NEIGHBOURS[random.nextInt(NEIGHBOURS.length)];
    }

    /** Five serial characters, mostly digits as on real truck plates. */
    private String serial() {
        StringBuilder serial = new StringBuilder(5);
        for (int i = 0; i < 5; i++) {
            if (random.nextDouble() < 0.2) {
                serial.append(SERIAL_LETTERS.charAt(random.nextInt(SERIAL_LETTERS.length())));
            } else {
                serial.append((char) ('0' + random.nextInt(10)));
            }
        }
        return serial.toString();
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }
}

package cn.overloadcontrol.device.transport;

/** Parity of a serial character format, with the letter used in {@code 8N1}, {@code 7E1}. */
public enum Parity {
    NONE('N'), ODD('O'), EVEN('E'), MARK('M'), SPACE('S');

    private final char letter;

    Parity(char letter) {
        this.letter = letter;
    }

    public char letter() {
        return letter;
    }

    static Parity ofLetter(char letter) {
        for (Parity parity : values()) {
            if (parity.letter == Character.toUpperCase(letter)) {
                return parity;
            }
        }
        throw new IllegalArgumentException("parity '" + letter + "' is not one of N, O, E, M, S");
    }
}

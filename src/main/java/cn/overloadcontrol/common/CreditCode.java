package cn.overloadcontrol.common;

import java.util.Locale;

/**
 * Unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from
 * {@code 0-9} and the capital letters except I, O, S, V and Z. Positions 3-8 are the GB/T 2260
 * division code and position 18 is a check character over positions 1-17.
 */
public final class CreditCode {

    public static final int LENGTH = 18;

    /** The 31 characters in value order 0..30. */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Outcome of a check. */
    public enum Status {
        /** Well-formed and the check character matches. */
        VALID,
        /**
         * Well-formed but the check character does not match. Some legal codes issued early in
         * pilot regions fail the check, so this is a warning that needs a reason, not a rejection.
         */
        CHECK_CHARACTER_MISMATCH,
        /** Not 18 characters, or a character outside the character set. */
        MALFORMED
    }

    /** Result of {@link #check}: the normalized code, the status and the expected check character. */
    public record Check(String normalized, Status status, Character expectedCheckCharacter) {

        public boolean valid() {
            return status == Status.VALID;
        }
    }

    private CreditCode() {
    }

    /** Strips spaces, maps full-width characters to ASCII and upper-cases. */
    public static String normalize(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(input.length());
        for (char c : input.toCharArray()) {
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            result.append(c);
        }
        return result.toString().toUpperCase(Locale.ROOT);
    }

    public static Check check(String input) {
        String code = normalize(input);
        if (code.length() != LENGTH) {
            return new Check(code, Status.MALFORMED, null);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return new Check(code, Status.MALFORMED, null);
            }
        }
        char expected = checkCharacter(code.substring(0, LENGTH - 1));
        Status status = expected == code.charAt(LENGTH - 1) ? Status.VALID : Status.CHECK_CHARACTER_MISMATCH;
        return new Check(code, status, expected);
    }

    /** Computes the check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Expected 17 characters, got " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = CHARSET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("Invalid character '" + first17.charAt(i) + "' at position " + (i + 1));
            }
            sum += value * WEIGHTS[i];
        }
        int checkValue = (31 - sum % 31) % 31;
        return CHARSET.charAt(checkValue);
    }

    /** Returns the division code in positions 3-8, for example 140581. */
    public static String divisionCode(String normalizedCode) {
        return normalizedCode.substring(2, 8);
    }
}

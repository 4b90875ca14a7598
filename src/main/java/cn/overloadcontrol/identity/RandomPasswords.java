package cn.overloadcontrol.identity;

import java.security.SecureRandom;

/**
 * Random one-time passwords for new accounts and resets. They are read off a screen or a
 * console and typed by hand, so the alphabet leaves out look-alikes (0/O, 1/l/I).
 */
final class RandomPasswords {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String ALPHABET = LETTERS + DIGITS;
    private static final int LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    /** Returns a 16-character password with at least one letter and one digit. */
    static String generate() {
        while (true) {
            StringBuilder password = new StringBuilder(LENGTH);
            for (int i = 0; i < LENGTH; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            if (PasswordPolicy.hasLetterAndDigit(password)) {
                return password.toString();
            }
        }
    }
}

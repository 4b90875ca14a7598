package cn.overloadcontrol.identity;

import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * Rules for a password that a user chooses: at least 10 characters, at least one ASCII letter
 * and one digit, and not the username. Problems never carry the password itself as the value.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** BCrypt uses only the first 72 bytes of a password; 64 characters of ASCII stay below that. */
    static final int MAX_LENGTH = 64;

    private PasswordPolicy() {
    }

    static List<FieldProblem> check(String field, String password, String username) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.error(field, null, "required"));
            return problems;
        }
        if (password.length() < MIN_LENGTH) {
            problems.add(FieldProblem.error(field, null, "password.too_short", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            problems.add(FieldProblem.error(field, null, "too_long", MAX_LENGTH));
        }
        if (!hasLetterAndDigit(password)) {
            problems.add(FieldProblem.error(field, null, "password.letters_and_digits"));
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            problems.add(FieldProblem.error(field, null, "password.same_as_username"));
        }
        return problems;
    }

    static boolean hasLetterAndDigit(CharSequence password) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            digit |= c >= '0' && c <= '9';
        }
        return letter && digit;
    }
}

package cn.overloadcontrol.common;

/** Masks personal data for lists and public pages, so that a full value never leaves the server. */
public final class PersonalDataMask {

    private PersonalDataMask() {
    }

    /**
     * Masks the middle of a phone number, keeping the first three and the last four digits, as
     * {@code 138****1234}. Numbers of eight characters or fewer keep only their last two.
     * Returns {@code null} for {@code null} and blank input.
     */
    public static String phone(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String value = number.strip();
        if (value.length() <= 8) {
            return "*".repeat(Math.max(0, value.length() - 2)) + value.substring(Math.max(0, value.length() - 2));
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}

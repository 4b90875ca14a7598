package cn.overloadcontrol.weighing.ingest;

/**
 * Masks the personal data of drivers for lists and exports: enough to tell two records apart,
 * not enough to identify the person. Detail views for authorized staff show the stored value.
 */
public final class PersonalData {

    private PersonalData() {
    }

    /** Keeps the family name (the first character): 张三 becomes 张*. */
    public static String maskName(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        return name.charAt(0) + "*".repeat(Math.max(1, name.length() - 1));
    }

    /** Keeps the first three and the last four digits: 13812345678 becomes 138****5678. */
    public static String maskPhone(String phone) {
        return keepEnds(phone, 3, 4);
    }

    /** Keeps the six-digit region code and the last four characters of an ID card number. */
    public static String maskIdNumber(String idNumber) {
        return keepEnds(idNumber, 6, 4);
    }

    private static String keepEnds(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (value.length() <= head + tail) {
            return "*".repeat(value.length());
        }
        return value.substring(0, head) + "*".repeat(value.length() - head - tail)
                + value.substring(value.length() - tail);
    }
}

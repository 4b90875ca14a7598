package cn.overloadcontrol.common.validation;

import java.util.regex.Pattern;

/** Masking of the secrets inside values that an error message repeats. */
public final class MaskedValues {

    // The user information of a URL: everything between "://" and the first "@" before the path.
    private static final Pattern USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");

    private MaskedValues() {
    }

    /** Replaces the user and password of an address like {@code rtsp://admin:pw@host} with {@code ***}. */
    public static String withoutUserInfo(String text) {
        return USER_INFO.matcher(text).replaceAll("***@");
    }
}

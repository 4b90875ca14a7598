package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraSource;
import java.util.regex.Pattern;

/** Removes camera credentials from text before it reaches a log line or an exception message. */
public final class CredentialMask {

    static final String MASK = "***";

    // scheme://user:password@ as FFmpeg and javacv print it in their messages.
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]*@");

    private CredentialMask() {
    }

    /** Masks user information of any URL in {@code text}, and the source's password wherever it appears. */
    public static String mask(String text, CameraSource source) {
        String masked = maskUserInfo(text);
        String password = source.password();
        if (!password.isEmpty()) {
            masked = masked.replace(password, MASK).replace(RtspUrls.encode(password), MASK);
        }
        return masked;
    }

    /** Masks the user information of every URL in {@code text}. */
    public static String maskUserInfo(String text) {
        if (text == null) {
            return "";
        }
        return USER_INFO.matcher(text).replaceAll("$1" + MASK + "@");
    }
}

package cn.overloadcontrol.device.rtsp;

import cn.overloadcontrol.device.CameraSource;
import java.nio.charset.StandardCharsets;

/** Builds the URL FFmpeg opens, with the credentials as percent-encoded user information. */
final class RtspUrls {

    private RtspUrls() {
    }

    /** Returns the URL with {@code user:password@}; the result contains the password and must never be logged. */
    static String withCredentials(CameraSource source) {
        if (!source.hasCredentials()) {
            return source.url();
        }
        int hostStart = source.url().indexOf("://") + 3;
        return source.url().substring(0, hostStart) + encode(source.username()) + ":" + encode(source.password())
                + "@" + source.url().substring(hostStart);
    }

    /** Percent-encodes everything except RFC 3986 unreserved characters; FFmpeg decodes it again. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}

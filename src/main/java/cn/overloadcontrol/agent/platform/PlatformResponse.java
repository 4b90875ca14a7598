package cn.overloadcontrol.agent.platform;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The platform's response to one request.
 *
 * @param retryAfter the Retry-After header of a 429, or {@code null}
 */
record PlatformResponse(int status, byte[] body, Duration retryAfter) {

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** Returns the first 300 characters of {@code text}, for log lines and journal entries. */
    static String excerpt(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }
}

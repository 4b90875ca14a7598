package cn.overloadcontrol.sourceunit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * A URL query string built from name/value pairs, form-encoded so that a keyword with {@code +},
 * {@code &} or Chinese characters comes back unchanged. Null values are left out.
 */
final class QueryString {

    private final StringJoiner pairs = new StringJoiner("&");
    private int count;

    QueryString add(String name, Object value) {
        if (value != null) {
            pairs.add(encode(name) + "=" + encode(value.toString()));
            count++;
        }
        return this;
    }

    boolean isEmpty() {
        return count == 0;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return pairs.toString();
    }
}

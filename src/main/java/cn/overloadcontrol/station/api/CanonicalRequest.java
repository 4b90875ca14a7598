package cn.overloadcontrol.station.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The string a client signs: five lines joined by a line feed (no trailing one), namely the
 * upper-case method, the request path without query string, X-Timestamp and X-Nonce exactly as
 * sent, and the lower-case hex SHA-256 of the body bytes (of the empty string for no body).
 * docs/api.md shows a worked example.
 */
public final class CanonicalRequest {

    private CanonicalRequest() {
    }

    public static String of(String method, String path, String timestamp, String nonce, byte[] body) {
        return String.join("\n", method.toUpperCase(Locale.ROOT), path, timestamp, nonce, sha256Hex(body));
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}

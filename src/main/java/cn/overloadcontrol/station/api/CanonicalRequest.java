package cn.overloadcontrol.station.api;

import cn.overloadcontrol.common.api.RequestSigner;

/**
 * The string a client signs, built by {@link RequestSigner}: five lines joined by a line feed
 * (no trailing one), namely the upper-case method, the request path without query string,
 * X-Timestamp and X-Nonce exactly as sent, and the lower-case hex SHA-256 of the body bytes (of
 * the empty string for no body). docs/api.md shows a worked example.
 */
public final class CanonicalRequest {

    private CanonicalRequest() {
    }

    public static String of(String method, String path, String timestamp, String nonce, byte[] body) {
        return RequestSigner.canonicalRequest(method, path, timestamp, nonce, body);
    }

    public static String sha256Hex(byte[] bytes) {
        return RequestSigner.sha256Hex(bytes);
    }
}

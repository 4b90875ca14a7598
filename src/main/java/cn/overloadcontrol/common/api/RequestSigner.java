package cn.overloadcontrol.common.api;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a request to the station API (docs/api.md). The canonical request is five lines joined
 * by a line feed with no trailing one: the upper-case method, the path without query string,
 * X-Timestamp and X-Nonce exactly as sent, and the lower-case hex SHA-256 of the body bytes. The
 * signature is HMAC-SHA256 keyed with the UTF-8 bytes of the secret, as {@code openssl dgst
 * -hmac} computes it. The platform verifies with the same code that stations sign with.
 */
public final class RequestSigner {

    public static final String KEY_ID_HEADER = "X-Key-Id";
    public static final String TIMESTAMP_HEADER = "X-Timestamp";
    public static final String NONCE_HEADER = "X-Nonce";
    public static final String SIGNATURE_HEADER = "X-Signature";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int NONCE_BYTES = 16;

    /**
     * The four signature headers of one request.
     *
     * @param signature lower-case hex HMAC-SHA256 of the canonical request
     */
    public record SignedHeaders(String keyId, String timestamp, String nonce, String signature) {
    }

    private RequestSigner() {
    }

    /** Signs a request with the given millisecond timestamp and a fresh random nonce. */
    public static SignedHeaders sign(String keyId, String secret, String method, String path, byte[] body,
            long epochMillis) {
        String timestamp = Long.toString(epochMillis);
        String nonce = newNonce();
        return new SignedHeaders(keyId, timestamp, nonce, signatureHex(secret, method, path, timestamp, nonce, body));
    }

    public static String signatureHex(String secret, String method, String path, String timestamp, String nonce,
            byte[] body) {
        return HexFormat.of().formatHex(hmac(secret, canonicalRequest(method, path, timestamp, nonce, body)));
    }

    public static String canonicalRequest(String method, String path, String timestamp, String nonce, byte[] body) {
        return String.join("\n", method.toUpperCase(Locale.ROOT), path, timestamp, nonce, sha256Hex(body));
    }

    public static byte[] hmac(String secret, String canonicalRequest) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every Java runtime has HmacSHA256", e);
        }
    }

    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** Returns 32 random hex digits, within the 8 to 64 characters the platform accepts. */
    public static String newNonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}

package cn.overloadcontrol.upstream.send;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.overloadcontrol.upstream.target.AuthKind;
import cn.overloadcontrol.upstream.target.UploadTarget;

/**
 * Signs a request for the HMAC_SHA256 and SM3 kinds: fills the target's canonical string
 * template and sends the MAC with the app key, time and nonce it covers. The placeholders are
 * {@code {appKey} {method} {path} {timestamp} {nonce} {idempotencyKey} {body} {bodySha256}
 * {bodySm3}}; the two-character sequence {@code \n} in a template stands for a line break.
 */
final class RequestSigner {

    static final String DEFAULT_TEMPLATE = "{appKey}\\n{method}\\n{path}\\n{timestamp}\\n{nonce}\\n{bodySha256}";

    static final String APP_KEY_HEADER = "X-App-Key";
    static final String TIMESTAMP_HEADER = "X-Timestamp";
    static final String NONCE_HEADER = "X-Nonce";
    static final String SIGNATURE_HEADER = "X-Signature";
    static final String METHOD_HEADER = "X-Signature-Method";

    private final Clock clock;

    RequestSigner(Clock clock) {
        this.clock = clock;
    }

    /** Returns the headers that authenticate the request; empty for kinds that do not sign. */
    Map<String, String> headers(UploadTarget target, String secret, String method, String path,
            String idempotencyKey, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (target.authKind() != AuthKind.HMAC_SHA256 && target.authKind() != AuthKind.SM3) {
            return headers;
        }
        String timestamp = Long.toString(clock.millis());
        String nonce = UUID.randomUUID().toString();
        String canonical = canonicalString(template(target), target.appKey(), method, path, timestamp, nonce,
                idempotencyKey, body);
        byte[] key = Signatures.utf8(secret);
        String signature = target.authKind() == AuthKind.SM3
                ? Signatures.hmacSm3(key, Signatures.utf8(canonical))
                : Signatures.hmacSha256(key, Signatures.utf8(canonical));
        headers.put(APP_KEY_HEADER, target.appKey() == null ? "" : target.appKey());
        headers.put(TIMESTAMP_HEADER, timestamp);
        headers.put(NONCE_HEADER, nonce);
        headers.put(METHOD_HEADER, target.authKind() == AuthKind.SM3 ? "HMAC-SM3" : "HMAC-SHA256");
        headers.put(SIGNATURE_HEADER, signature);
        return headers;
    }

    static String canonicalString(String template, String appKey, String method, String path, String timestamp,
            String nonce, String idempotencyKey, byte[] body) {
        return template.replace("\\n", "\n")
                .replace("{appKey}", appKey == null ? "" : appKey)
                .replace("{method}", method)
                .replace("{path}", path)
                .replace("{timestamp}", timestamp)
                .replace("{nonce}", nonce)
                .replace("{idempotencyKey}", idempotencyKey)
                .replace("{bodySha256}", Signatures.sha256(body))
                .replace("{bodySm3}", Signatures.sm3(body))
                .replace("{body}", new String(body, StandardCharsets.UTF_8));
    }

    private static String template(UploadTarget target) {
        return target.signTemplate() == null || target.signTemplate().isBlank() ? DEFAULT_TEMPLATE
                : target.signTemplate();
    }
}

package cn.overloadcontrol.support;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;

import cn.overloadcontrol.station.api.CanonicalRequest;
import cn.overloadcontrol.station.api.Hmac;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Signs API requests as docs/api.md describes for vendors. */
public final class ApiSigner {

    private ApiSigner() {
    }

    public static String newNonce() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    public static String signature(String secret, String method, String path, String timestamp, String nonce,
            byte[] body) {
        return HexFormat.of().formatHex(Hmac.sign(secret, CanonicalRequest.of(method, path, timestamp, nonce, body)));
    }

    /** Returns a POST with a fresh nonce and the current time, signed with {@code secret}. */
    public static MockHttpServletRequestBuilder signedPost(String path, String keyId, String secret, String json) {
        return signedPost(path, keyId, secret, json, Long.toString(System.currentTimeMillis()), newNonce());
    }

    public static MockHttpServletRequestBuilder signedPost(String path, String keyId, String secret, String json,
            String timestamp, String nonce) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return post(path)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .header("X-Key-Id", keyId)
                .header("X-Timestamp", timestamp)
                .header("X-Nonce", nonce)
                .header("X-Signature", signature(secret, "POST", path, timestamp, nonce, body));
    }
}

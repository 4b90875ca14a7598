package cn.overloadcontrol.support;

import java.nio.charset.StandardCharsets;

import cn.overloadcontrol.common.api.RequestSigner;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Builds MockMvc requests signed by the same {@link RequestSigner} that stations use. */
public final class ApiSigner {

    private ApiSigner() {
    }

    public static String newNonce() {
        return RequestSigner.newNonce();
    }

    public static String signature(String secret, String method, String path, String timestamp, String nonce,
            byte[] body) {
        return RequestSigner.signatureHex(secret, method, path, timestamp, nonce, body);
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

package cn.overloadcontrol.station.api;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.api.RequestSigner;

/** HMAC-SHA256 keyed with the UTF-8 bytes of a credential secret, as {@code openssl dgst -hmac} does. */
public final class Hmac {

    private static final int MAC_BYTES = 32;
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]{64}");

    private Hmac() {
    }

    public static byte[] sign(String secret, String canonicalRequest) {
        return RequestSigner.hmac(secret, canonicalRequest);
    }

    /** Compares in constant time, so the time taken tells nothing about the expected value. */
    static boolean matches(byte[] expected, byte[] received) {
        return MessageDigest.isEqual(expected, received);
    }

    /** Decodes X-Signature: 64 hex digits, or base64 (standard or URL-safe, padding optional). */
    static Optional<byte[]> decode(String signature) {
        String text = signature.strip();
        if (HEX.matcher(text).matches()) {
            return Optional.of(HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT)));
        }
        try {
            byte[] bytes = text.contains("-") || text.contains("_")
                    ? Base64.getUrlDecoder().decode(text)
                    : Base64.getDecoder().decode(text);
            return bytes.length == MAC_BYTES ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

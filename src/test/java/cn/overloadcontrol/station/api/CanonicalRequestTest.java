package cn.overloadcontrol.station.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The worked example of docs/api.md, computed there with sha256sum and openssl. */
class CanonicalRequestTest {

    private static final String BODY = "{\"recordNumber\":\"GP-20261204-0001\",\"direction\":\"OUTBOUND\","
            + "\"plateNumber\":\"晋E12345\",\"axleCount\":6,\"vehicleType\":\"ARTICULATED\",\"grossKg\":52400,"
            + "\"weighedAt\":\"2026-12-04T10:15:30+08:00\"}";
    private static final String SECRET = "demo-secret-do-not-use";

    @Test
    void canonicalStringHasFiveLines() {
        String canonical = CanonicalRequest.of("post", "/api/v1/weighings", "1796350530000", "3f9c2a7e5b1d4c8a",
                BODY.getBytes(StandardCharsets.UTF_8));

        assertThat(canonical).isEqualTo("POST\n/api/v1/weighings\n1796350530000\n3f9c2a7e5b1d4c8a\n"
                + "2c6df85fc8422f9a7d1a6fd70e7ff82d63ba398bd9ed25a73a097f239d3bb71c");
    }

    @Test
    void signatureMatchesOpenssl() {
        String canonical = CanonicalRequest.of("POST", "/api/v1/weighings", "1796350530000", "3f9c2a7e5b1d4c8a",
                BODY.getBytes(StandardCharsets.UTF_8));
        byte[] mac = Hmac.sign(SECRET, canonical);

        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("4042ede911805cb23d875a22fa841b2fc96c96084b9cb74729d57b13ddb62153");
        assertThat(Base64.getEncoder().encodeToString(mac)).isEqualTo("QELt6RGAXLI9h1oi+oQbL8lslghLnLdHKdV7E922IVM=");
    }

    @Test
    void emptyBodyHashesTheEmptyString() {
        assertThat(CanonicalRequest.sha256Hex(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void signatureDecodesFromHexAndBase64Forms() {
        byte[] mac = Hmac.sign(SECRET, "x");

        assertThat(Hmac.decode(HexFormat.of().formatHex(mac))).contains(mac);
        assertThat(Hmac.decode(HexFormat.of().withUpperCase().formatHex(mac))).contains(mac);
        assertThat(Hmac.decode(Base64.getEncoder().encodeToString(mac))).contains(mac);
        assertThat(Hmac.decode(Base64.getUrlEncoder().withoutPadding().encodeToString(mac))).contains(mac);
        assertThat(Hmac.decode("not a signature")).isEmpty();
    }
}

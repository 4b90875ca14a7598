package cn.overloadcontrol.upstream.send;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known-answer vectors of the signature primitives. */
class SignaturesTest {

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text);
    }

    @Test
    void hmacSha256MatchesRfc4231Case1() {
        byte[] key = hex("0b".repeat(20));
        assertThat(Signatures.hmacSha256(key, Signatures.utf8("Hi There")))
                .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    }

    @Test
    void hmacSha256MatchesRfc4231Case2() {
        assertThat(Signatures.hmacSha256(Signatures.utf8("Jefe"), Signatures.utf8("what do ya want for nothing?")))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void hmacSha256MatchesRfc4231Case6() {
        byte[] key = hex("aa".repeat(131));
        assertThat(Signatures.hmacSha256(key,
                Signatures.utf8("Test Using Larger Than Block-Size Key - Hash Key First")))
                .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
    }

    @Test
    void sm3MatchesGbT32905ExampleAbc() {
        assertThat(Signatures.sm3(Signatures.utf8("abc")))
                .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    }

    @Test
    void sm3MatchesGbT32905Example512Bits() {
        assertThat(Signatures.sm3(Signatures.utf8("abcd".repeat(16))))
                .isEqualTo("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    @Test
    void hmacSm3DependsOnKeyAndMessage() {
        String mac = Signatures.hmacSm3(Signatures.utf8("key"), Signatures.utf8("message"));
        assertThat(mac).hasSize(64);
        assertThat(Signatures.hmacSm3(Signatures.utf8("key"), Signatures.utf8("message"))).isEqualTo(mac);
        assertThat(Signatures.hmacSm3(Signatures.utf8("key2"), Signatures.utf8("message"))).isNotEqualTo(mac);
        assertThat(Signatures.hmacSm3(Signatures.utf8("key"), Signatures.utf8("message2"))).isNotEqualTo(mac);
    }

    @Test
    void canonicalStringFillsEveryPlaceholder() {
        String canonical = RequestSigner.canonicalString(RequestSigner.DEFAULT_TEMPLATE + "\\n{idempotencyKey}\\n{body}",
                "app", "POST", "/records", "1700000000000", "n-1", "k-1", Signatures.utf8("{}"));
        assertThat(canonical).isEqualTo("app\nPOST\n/records\n1700000000000\nn-1\n"
                + "44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a\nk-1\n{}");
    }
}

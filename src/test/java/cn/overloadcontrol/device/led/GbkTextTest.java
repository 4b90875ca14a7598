package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.device.HexBytes;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GbkTextTest {

    @Test
    void substituteExistsInGbk() {
        assertThat(Charset.forName("GBK").newEncoder().canEncode(GbkText.SUBSTITUTE)).isTrue();
        assertThat(HexBytes.format(GbkText.encode("□").bytes())).isEqualTo("A1 F5");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text       | expected GBK hex                  | replaced
            欢迎光临      | BB B6 D3 AD B9 E2 C1 D9           | ''
            晋E12345      | BD FA 45 31 32 33 34 35           | ''
            １２３        | A3 B1 A3 B2 A3 B3                 | ''
            晋A·12345     | BD FA 41 A1 A4 31 32 33 34 35     | ''
            张𠀀          | D5 C5 A1 F5                       | 𠀀
            王䶮          | CD F5 A1 F5                       | 䶮
            停😀车         | CD A3 A1 F5 B3 B5                 | 😀
            a?b           | 61 3F 62                          | ''
            𠀀😀          | A1 F5 A1 F5                       | 𠀀,😀
            """)
    void encodesOrReplacesVisibly(String text, String hex, String replaced) {
        GbkText.Encoded encoded = GbkText.encode(text);

        assertThat(HexBytes.format(encoded.bytes())).isEqualTo(hex);
        assertThat(String.join(",", encoded.replaced())).isEqualTo(replaced);
    }

    @Test
    void unmappableNeverBecomesQuestionMark() {
        GbkText.Encoded encoded = GbkText.encode("𠀀䶮😀");

        assertThat(encoded.bytes()).doesNotContain((byte) 0x3F);
        assertThat(encoded.replaced()).containsExactly("𠀀", "䶮", "😀");
    }
}

package cn.overloadcontrol.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LedTemplateTest {

    @Test
    void overLimitDefault() {
        LedMessage message = LedTemplate.OVER_LIMIT.render("晋E·12345", 52_400, 49_000L, 3_400L);

        assertThat(message.lines()).containsExactly("晋E12345", "52.40吨 超限3.40吨", "禁止出场");
        assertThat(message.voice()).isEqualTo("晋E12345 超限 禁止出场");
    }

    @Test
    void compliantDefault() {
        LedMessage message = LedTemplate.COMPLIANT.render("晋E12345", 31_050, 49_000L, null);

        assertThat(message.lines()).containsExactly("晋E12345", "31.05吨 正常", "请通行");
        assertThat(message.voice()).isEqualTo("晋E12345 请通行");
    }

    @Test
    void singleLineTemplateFromConfiguration() {
        LedTemplate template = LedTemplate.of("{plate} {grossT}吨 超限{excessT}吨 禁止出场", null);

        LedMessage message = template.render("晋A·D12345", 49_125, 49_000L, 125L);

        assertThat(message.lines()).containsExactly("晋AD12345 49.13吨 超限0.13吨 禁止出场");
        assertThat(message.voice()).isNull();
    }

    @ParameterizedTest(name = "{0} kg = {1} t")
    @CsvSource({"0, 0.00", "4, 0.00", "5, 0.01", "49000, 49.00", "49125, 49.13", "123456789, 123456.79"})
    void tonnesWithTwoDecimals(long kg, String tonnes) {
        assertThat(LedTemplate.tonnes(kg)).isEqualTo(tonnes);
    }

    @Test
    void unknownPlaceholderIsRejected() {
        assertThatThrownBy(() -> LedTemplate.of("{plate} {weight}", null))
                .hasMessage("LED template '{plate} {weight}' has unknown placeholder {weight};"
                        + " known are {plate}, {grossT}, {limitT}, {excessT}");
    }

    @Test
    void missingValueIsRejected() {
        LedTemplate template = LedTemplate.of("超限{excessT}吨", null);

        assertThatThrownBy(() -> template.render("晋E12345", 30_000, 49_000L, null))
                .hasMessage("LED template '超限{excessT}吨' uses {excessT}, which has no value for this weighing");
    }

    @Test
    void messageRejectsLineBreakInsideLine() {
        assertThatThrownBy(() -> new LedMessage(List.of("a\nb"), null))
                .hasMessage("LED line 1 contains a line break; pass each line separately");
    }

    @Test
    void messageRejectsFiveLines() {
        assertThatThrownBy(() -> LedMessage.lines("1", "2", "3", "4", "5"))
                .hasMessage("LED message has 5 lines, at most 4 are allowed");
    }
}

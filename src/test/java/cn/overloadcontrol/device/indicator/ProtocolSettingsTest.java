package cn.overloadcontrol.device.indicator;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorSettingsException;
import cn.overloadcontrol.device.ProtocolOption;
import cn.overloadcontrol.device.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ProtocolSettingsTest {

    @ParameterizedTest
    @EnumSource(IndicatorProtocol.class)
    void defaultsAreValid(IndicatorProtocol protocol) {
        protocol.checkOptions(Map.of());
    }

    @Test
    void toledoDefaultsFollowMettlerToledo() {
        ToledoSettings settings = ToledoSettings.from(new Options(IndicatorProtocol.TOLEDO, Map.of()));

        assertThat(settings.unit()).isEqualTo(WeightUnit.KG);
        assertThat(settings.checksum()).isEqualTo(ToledoSettings.ChecksumMode.AUTO);
        assertThat(settings.motionBit()).isEqualTo(ToledoSettings.MotionBit.MOTION_WHEN_SET);
        assertThat(settings.decimalMap()).isEqualTo(ToledoSettings.DecimalMap.STANDARD);
    }

    @Test
    void reversedDefaultsToFormatOneWithMinus() {
        YaohuaReversedSettings settings = YaohuaReversedSettings.from(new Options(IndicatorProtocol.YAOHUA_REVERSED, Map.of()));

        assertThat(settings.layout()).isEqualTo(YaohuaReversedSettings.Layout.REVERSED_THEN_SIGN);
        assertThat(settings.negativeSign()).isEqualTo(YaohuaReversedSettings.NegativeSign.MINUS);
    }

    @Test
    void optionValuesIgnoreCase() {
        ToledoSettings settings = ToledoSettings.from(new Options(IndicatorProtocol.TOLEDO,
                Map.of("unit", "T", "checksum", "OFF", "motion-bit", "Stable-When-Set")));

        assertThat(settings.unit()).isEqualTo(WeightUnit.T);
        assertThat(settings.checksum()).isEqualTo(ToledoSettings.ChecksumMode.OFF);
        assertThat(settings.motionBit()).isEqualTo(ToledoSettings.MotionBit.STABLE_WHEN_SET);
    }

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', textBlock = """
            yaohua-a9       | unit            | lb       | invalid option unit=lb: expected kg, t or g
            yaohua-a9-poll  | address         | 27       | invalid option address=27: expected a whole number from 1 to 26
            yaohua-a9-poll  | address         | B        | invalid option address=B: expected a whole number from 1 to 26
            yaohua-reversed | reversed-format | 3        | invalid option reversed-format=3: expected one of 1, 2
            yaohua-reversed | negative-sign   | +        | invalid option negative-sign=+: expected one of -, 1
            toledo          | checksum        | maybe    | invalid option checksum=maybe: expected one of on, off, auto
            toledo          | motion-bit      | inverted | invalid option motion-bit=inverted: expected one of motion-when-set, stable-when-set
            toledo          | decimal-map     | chinese  | invalid option decimal-map=chinese: expected one of standard, clone
            yaohua-a9       | checksum        | off      | invalid option checksum=off: unknown option for protocol yaohua-a9; known options: unit
            regex           | pattern         | (?<w>\\d+ | invalid option pattern=(?<w>\\d+: not a valid regular expression: Unclosed group near index 8
            regex           | pattern         | (\\d+)kg  | invalid option pattern=(\\d+)kg: the pattern needs a named group (?<weight>...) for the weight
            """)
    void invalidOptionNamesOptionValueAndRule(String protocolId, String option, String value, String message) {
        IndicatorProtocol protocol = IndicatorProtocol.fromId(protocolId).orElseThrow();

        IndicatorSettingsException exception = catchThrowableOfType(IndicatorSettingsException.class,
                () -> protocol.checkOptions(Map.of(option, value)));

        assertThat(exception).hasMessage(message);
        assertThat(exception.option()).isEqualTo(option);
        assertThat(exception.value()).isEqualTo(value);
    }

    @Test
    void defaultLinePatternIsTheDocumentedDefault() {
        RegexSettings settings = RegexSettings.from(new Options(IndicatorProtocol.REGEX, Map.of()));

        assertThat(settings.pattern().pattern()).isEqualTo(ProtocolOption.DEFAULT_LINE_PATTERN);
        assertThat(settings.hasUnit()).isTrue();
        assertThat(settings.hasStatus()).isTrue();
        assertThat(settings.hasKind()).isTrue();
    }

    @Test
    void pollSettingsRecordRejectsAddressOutOfRange() {
        assertThatThrownBy(() -> new YaohuaPollSettings(WeightUnit.KG, 0))
                .isInstanceOf(IndicatorSettingsException.class)
                .hasMessage("invalid option address=0: expected a whole number from 1 to 26");
    }
}

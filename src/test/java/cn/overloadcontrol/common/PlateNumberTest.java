package cn.overloadcontrol.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.overloadcontrol.common.PlateNumber.NewEnergy;

import static org.assertj.core.api.Assertions.assertThat;

class PlateNumberTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # input       | normalized | newEnergy | trailer
            晋E12345      | 晋E12345   | NONE      | false
            晋E1234挂     | 晋E1234挂  | NONE      | true
            晋E12345D     | 晋E12345D  | LARGE     | false
            晋AD12345     | 晋AD12345  | SMALL     | false
            晋A·12345     | 晋A12345   | NONE      | false
            # Separators, case and full-width characters as cameras and keyboards produce them.
            晋a·12345     | 晋A12345   | NONE      | false
            晋A•12345     | 晋A12345   | NONE      | false
            晋A・12345    | 晋A12345   | NONE      | false
            晋A-12345     | 晋A12345   | NONE      | false
            ' 晋 A 12345 '| 晋A12345   | NONE      | false
            晋Ａ１２３４５ | 晋A12345   | NONE      | false
            晋ｅ１２３４挂 | 晋E1234挂  | NONE      | true
            晋Ａ－12345   | 晋A12345   | NONE      | false
            # Letters in the serial, and the special suffixes.
            京AB1C23      | 京AB1C23   | NONE      | false
            晋E1234学     | 晋E1234学  | NONE      | false
            晋A1234警     | 晋A1234警  | NONE      | false
            粤Z1234港     | 粤Z1234港  | NONE      | false
            粤Z1234澳     | 粤Z1234澳  | NONE      | false
            新A12345      | 新A12345   | NONE      | false
            # New-energy: first letters D and F, newer A, B, C, E, G, H, J, K; small plates
            # allow a letter in position 4.
            晋AF12345     | 晋AF12345  | SMALL     | false
            晋AA12345     | 晋AA12345  | SMALL     | false
            晋AK12345     | 晋AK12345  | SMALL     | false
            晋ADA1234     | 晋ADA1234  | SMALL     | false
            晋E12345F     | 晋E12345F  | LARGE     | false
            晋E12345G     | 晋E12345G  | LARGE     | false
            """)
    void validPlates(String input, String normalized, NewEnergy newEnergy, boolean trailer) {
        PlateNumber plate = PlateNumber.of(input);

        assertThat(plate.valid()).isTrue();
        assertThat(plate.normalized()).isEqualTo(normalized);
        assertThat(plate.newEnergy()).isEqualTo(newEnergy);
        assertThat(plate.isNewEnergy()).isEqualTo(newEnergy != NewEnergy.NONE);
        assertThat(plate.trailer()).isEqualTo(trailer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # input     | normalized
            无车牌      | 无车牌
            未识别      | 未识别
            # I and O are not used in the serial.
            晋E1234I    | 晋E1234I
            晋EO1234    | 晋EO1234
            晋AD1O345   | 晋AD1O345
            # Too short, too long, 8 characters without an energy letter.
            晋E1234     | 晋E1234
            晋E123456   | 晋E123456
            晋E1234567  | 晋E1234567
            # Province abbreviations outside the 31 mainland ones, or none.
            台A12345    | 台A12345
            港A12345    | 港A12345
            AE12345     | AE12345
            # Authority position must be a letter.
            晋112345    | 晋112345
            # Suffix in the wrong place, or one GA 36 does not define.
            晋E挂1234   | 晋E挂1234
            晋E1234领   | 晋E1234领
            # Energy letter not allowed, or digits rule broken.
            晋AL12345   | 晋AL12345
            晋E12345L   | 晋E12345L
            晋AD1234A   | 晋AD1234A
            晋E1234AD   | 晋E1234AD
            晋AD12345挂 | 晋AD12345挂
            """)
    void invalidPlatesReadAsNoReadablePlate(String input, String normalized) {
        PlateNumber plate = PlateNumber.of(input);

        assertThat(plate.valid()).isFalse();
        assertThat(plate.normalized()).isEqualTo(normalized);
        assertThat(plate.newEnergy()).isEqualTo(NewEnergy.NONE);
        assertThat(plate.trailer()).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "·", "\u3000"})
    void emptyInputIsNoReadablePlate(String input) {
        PlateNumber plate = PlateNumber.of(input);

        assertThat(plate.valid()).isFalse();
        assertThat(plate.normalized()).isEmpty();
        assertThat(plate.trailer()).isFalse();
    }

    @Test
    void equalityUsesNormalizedText() {
        assertThat(PlateNumber.of("晋a·12345")).isEqualTo(PlateNumber.of("晋A12345"));
        assertThat(PlateNumber.of("晋a·12345")).hasSameHashCodeAs(PlateNumber.of("晋A12345"));
        assertThat(PlateNumber.of("晋A12345")).isNotEqualTo(PlateNumber.of("晋A12346"));
        assertThat(PlateNumber.of("晋A·12345")).hasToString("晋A12345");
    }
}

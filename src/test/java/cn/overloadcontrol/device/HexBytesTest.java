package cn.overloadcontrol.device;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HexBytesTest {

    @Test
    void parsesWithOrWithoutSpacesInEitherCase() {
        byte[] expected = {0x02, 0x2B, (byte) 0xAF, 0x03};

        assertThat(HexBytes.parse("02 2B AF 03")).isEqualTo(expected);
        assertThat(HexBytes.parse("022baf03")).isEqualTo(expected);
        assertThat(HexBytes.parse(" 02\t2b\nAf 03 ")).isEqualTo(expected);
    }

    @Test
    void emptyTextIsNoBytes() {
        assertThat(HexBytes.parse("  ")).isEmpty();
    }

    @Test
    void rejectsNonHexCharacterWithPosition() {
        assertThatThrownBy(() -> HexBytes.parse("02 2G"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid hex: 'G' at position 5 is not a hex digit (0-9, a-f, A-F)");
    }

    @Test
    void rejectsOddDigitCount() {
        assertThatThrownBy(() -> HexBytes.parse("02 2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("invalid hex: 3 hex digits, expected pairs of two digits per byte");
    }

    @Test
    void formatsUpperCasePairs() {
        assertThat(HexBytes.format(new byte[] {0x02, 0x2b, (byte) 0xff})).isEqualTo("02 2B FF");
    }
}

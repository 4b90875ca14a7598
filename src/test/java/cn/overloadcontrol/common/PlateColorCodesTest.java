package cn.overloadcontrol.common;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static cn.overloadcontrol.common.PlateColorCodes.JTT_697_7_2014;
import static cn.overloadcontrol.common.PlateColorCodes.TOLL;
import static org.assertj.core.api.Assertions.assertThat;

class PlateColorCodesTest {

    @ParameterizedTest(name = "JT/T 697.7 {0} = {1}")
    @CsvSource({
            "1, BLUE",
            "2, YELLOW",
            "3, BLACK",
            "4, WHITE",
            "5, GREEN",
            "9, OTHER",
            "91, AGRICULTURAL_YELLOW",
            "92, AGRICULTURAL_GREEN",
            "93, YELLOW_GREEN",
            "94, GRADIENT_GREEN",
    })
    void jttCodesBothWays(String code, PlateColor color) {
        assertThat(JTT_697_7_2014.fromCode(code)).isEqualTo(color);
        assertThat(JTT_697_7_2014.toCode(color)).contains(Integer.valueOf(code));
    }

    @ParameterizedTest(name = "toll {0} = {1}")
    @CsvSource({
            "0, BLUE",
            "1, YELLOW",
            "2, BLACK",
            "3, WHITE",
            "4, GRADIENT_GREEN",
            "5, YELLOW_GREEN",
            "6, BLUE_WHITE",
    })
    void tollCodesBothWays(String code, PlateColor color) {
        assertThat(TOLL.fromCode(code)).isEqualTo(color);
        assertThat(TOLL.toCode(color)).contains(Integer.valueOf(code));
    }

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
            // The same number is a different colour in the two sets.
            "JTT_697_7_2014, 1, BLUE",
            "TOLL, 1, YELLOW",
            "JTT_697_7_2014, 4, WHITE",
            "TOLL, 4, GRADIENT_GREEN",
            // Leading zeros and spaces as devices send them.
            "JTT_697_7_2014, ' 02 ', YELLOW",
            "TOLL, 00, BLUE",
            // Unlisted and malformed codes.
            "JTT_697_7_2014, 0, UNKNOWN",
            "JTT_697_7_2014, 6, UNKNOWN",
            "JTT_697_7_2014, 95, UNKNOWN",
            "TOLL, 7, UNKNOWN",
            "TOLL, 9, UNKNOWN",
            "TOLL, blue, UNKNOWN",
            "TOLL, -1, UNKNOWN",
            "TOLL, 99999999999, UNKNOWN",
    })
    void fromCodeReadsRawValues(PlateColorCodes codes, String raw, PlateColor expected) {
        assertThat(codes.fromCode(raw)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void blankCodeIsUnknown(String raw) {
        assertThat(JTT_697_7_2014.fromCode(raw)).isEqualTo(PlateColor.UNKNOWN);
        assertThat(TOLL.fromCode(raw)).isEqualTo(PlateColor.UNKNOWN);
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource({
            // JT/T 697.7 reports colours it does not list as 9 (other).
            "JTT_697_7_2014, BLUE_WHITE, 9",
            "JTT_697_7_2014, UNKNOWN, ",
            // The toll set has no "other" code and no plain green.
            "TOLL, GREEN, ",
            "TOLL, OTHER, ",
            "TOLL, AGRICULTURAL_YELLOW, ",
            "TOLL, AGRICULTURAL_GREEN, ",
            "TOLL, UNKNOWN, ",
    })
    void toCodeForColoursOutsideTheSet(PlateColorCodes codes, PlateColor color, Integer expected) {
        assertThat(codes.toCode(color)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest
    @EnumSource(PlateColorCodes.class)
    void everyListedCodeRoundTrips(PlateColorCodes codes) {
        for (int code = 0; code < 100; code++) {
            PlateColor color = codes.fromCode(code);
            if (color != PlateColor.UNKNOWN) {
                assertThat(codes.toCode(color)).as("code %d", code).contains(code);
            }
        }
    }
}

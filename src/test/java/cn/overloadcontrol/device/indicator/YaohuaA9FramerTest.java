package cn.overloadcontrol.device.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.WeightUnit;

import static cn.overloadcontrol.device.indicator.Capture.hex;
import static org.assertj.core.api.Assertions.assertThat;

class YaohuaA9FramerTest {

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            02 2B 30 30 32 30 30 30 32 31 42 03 | 20.00  | +20.00 with 2 decimals, checksum 1B
            02 2B 30 30 31 35 36 30 30 31 39 03 | 1560   | 1560 kg captured at 1200 baud
            02 2B 30 30 33 32 36 30 30 31 43 03 | 3260   | 3260 kg, checksum 1C is no status letter
            02 2B 30 30 32 30 30 30 32 31 3B 03 | 20.00  | A22 encoding: 1B sent as 1;
            02 2B 30 30 33 32 36 30 30 31 3C 03 | 3260   | A22 encoding: 1C sent as 1<
            02 2B 30 30 33 32 36 30 30 31 63 03 | 3260   | lower-case hex checksum 1c
            02 2D 30 30 31 35 36 30 30 31 46 03 | -1560  | negative sign
            02 2B 30 31 32 33 34 35 33 31 39 03 | 12.345 | 3 decimals
            """)
    void decodesFrame(String frame, String weight, String description) {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A9).feedHex(frame).onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo(weight);
        assertThat(reading.unit()).isEqualTo(WeightUnit.KG);
        assertThat(reading.stable()).isNull();
        assertThat(reading.kind()).isNull();
        assertThat(reading.overload()).isFalse();
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.OK);
        assertThat(reading.raw()).isEqualTo(hex(frame));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            02 2B 30 30 32 30 30 30 32 31 41 03 | bad_checksum | checksum 1A where 1B is due
            02 2B 30 30 32 30 30 30 32 5A 5A 03 | bad_checksum | checksum characters that are no hex
            02 20 30 30 31 35 36 30 30 31 32 03 | malformed    | space as sign
            02 2B 30 30 31 35 36 30 35 31 43 03 | malformed    | 5 decimal places
            02 2B 30 30 41 35 36 30 30 36 39 03 | bad_digits   | letter among the digits
            02 2B 30 30 32 30 30 30 32 31 42 04 | malformed    | 04 where ETX is due
            """)
    void rejectsFrame(String frame, String reason, String description) {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9).feedHex(frame);

        assertThat(capture.onlyRejection().reason().code()).isEqualTo(reason);
        assertThat(capture.onlyRejection().raw()).isEqualTo(hex(frame));
    }

    @Test
    void configuredUnitApplies() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A9, "unit=t")
                .feedHex("02 2B 30 30 32 30 30 30 32 31 42 03").onlyReading();

        assertThat(reading.unit()).isEqualTo(WeightUnit.T);
        assertThat(reading.weight().toPlainString()).isEqualTo("20.00");
    }
}

package cn.overloadcontrol.device.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

import static cn.overloadcontrol.device.indicator.Capture.hex;
import static org.assertj.core.api.Assertions.assertThat;

class YaohuaA12FramerTest {

    @Test
    void decodesManualExample() {
        String frame = "57 47 30 30 34 2E 31 33 39 6B 67 33 44 0D 0A";

        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A12).feedHex(frame).onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("4.139");
        assertThat(reading.unit()).isEqualTo(WeightUnit.KG);
        assertThat(reading.kind()).isEqualTo(WeightKind.GROSS);
        assertThat(reading.stable()).isNull();
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.OK);
        assertThat(reading.raw()).isEqualTo(hex(frame));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            WN004.139kg34 | 4.139  | kg | NET
            WG-04.139kg20 | -4.139 | kg | GROSS
            WG003260 kg3B | 3260   | kg | GROSS
            WG00012.5t 6C | 12.5   | t  | GROSS
            """)
    void decodesFixedFrame(String text, String weight, String unit, WeightKind kind) {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A12).feedAscii(text + "\r\n").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo(weight);
        assertThat(reading.unit().code()).isEqualTo(unit);
        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.OK);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            WG   OL  kg3F | over_range
            WG   LO  kg3F | under_range
            WG004.139kg3E | bad_checksum
            WG004.1X9kg56 | bad_digits
            """)
    void rejectsFixedFrame(String text, String reason) {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A12).feedAscii(text + "\r\n");

        assertThat(capture.onlyRejection().reason().code()).isEqualTo(reason);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ww+0012.50kg | 12.50  | kg | GROSS
            wn-3.2t      | -3.2   | t  | NET
            ww 1560 kg   | 1560   | kg | GROSS
            ww1560       | 1560   | kg | GROSS
            """)
    void decodesLowerCaseLine(String text, String weight, String unit, WeightKind kind) {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A12).feedAscii(text + "\n").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo(weight);
        assertThat(reading.unit().code()).isEqualTo(unit);
        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.stable()).isNull();
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.NONE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            wwOL       | over_range
            wn LO kg   | under_range
            ww1.2.3kg  | bad_digits
            ww12.5lb   | malformed
            """)
    void rejectsLowerCaseLine(String text, String reason) {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A12).feedAscii(text + "\n");

        assertThat(capture.onlyRejection().reason().code()).isEqualTo(reason);
    }

    @Test
    void lineWithoutUnitTakesConfiguredUnit() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A12, "unit=t").feedAscii("ww25.36\r\n").onlyReading();

        assertThat(reading.unit()).isEqualTo(WeightUnit.T);
        assertThat(reading.weight().toPlainString()).isEqualTo("25.36");
    }

    @Test
    void bothVariantsOnOnePort() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A12).feedAscii("WG004.139kg3D\r\nww+0012.50kg\nWG004.139kg3D\r\n");

        assertThat(capture.readings()).extracting(reading -> reading.weight().toPlainString())
                .containsExactly("4.139", "12.50", "4.139");
        assertThat(capture.rejections()).isEmpty();
    }

    @Test
    void strayLowerCaseWBeforeLineIsNoise() {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A12).feedAscii("www-851.84kg\r\nwwn+1.5kg\r\n");

        assertThat(capture.readings()).extracting(reading -> reading.weight().toPlainString())
                .containsExactly("-851.84", "1.5");
        assertThat(capture.rejectionCodes()).containsExactly("noise", "noise");
    }
}

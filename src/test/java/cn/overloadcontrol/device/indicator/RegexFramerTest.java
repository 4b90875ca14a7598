package cn.overloadcontrol.device.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.WeightKind;
import cn.overloadcontrol.device.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;

class RegexFramerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ST,GS,+0012.345kg | 12.345 | kg | true  | GROSS
            US,NT,-0001.500kg | -1.500 | kg | false | NET
            ST,TR,+0000.800t  | 0.800  | t  | true  | TARE
            ST,GS,+   12.3kg  | 12.3   | kg | true  | GROSS
            """)
    void decodesDefaultPattern(String line, String weight, String unit, Boolean stable, WeightKind kind) {
        IndicatorReading reading = Capture.of(IndicatorProtocol.REGEX).feedAscii(line + "\r\n").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo(weight);
        assertThat(reading.unit().code()).isEqualTo(unit);
        assertThat(reading.stable()).isEqualTo(stable);
        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.overload()).isFalse();
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.NONE);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OL,GS,+9999.999kg | overload
            OL,GS,+------kg   | overload
            ST,GS,+12.3.4kg   | bad_digits
            XX,GS,+0012.345kg | malformed
            hello             | malformed
            """)
    void rejectsLine(String line, String reason) {
        Capture capture = Capture.of(IndicatorProtocol.REGEX).feedAscii(line + "\r\n");

        assertThat(capture.onlyRejection().reason().code()).isEqualTo(reason);
    }

    @Test
    void partialLineGluedInFrontIsSkipped() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.REGEX)
                .feedAscii("ST,GS,+00ST,GS,+0012.345kg\r\n").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("12.345");
    }

    @Test
    void customPatternWithConfiguredUnit() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.REGEX, "pattern=W:(?<weight>[-0-9.]+)$", "unit=t")
                .feedAscii("W:12.5\n").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("12.5");
        assertThat(reading.unit()).isEqualTo(WeightUnit.T);
        assertThat(reading.stable()).isNull();
        assertThat(reading.kind()).isNull();
    }

    @Test
    void lastLineWithoutLineFeedDecodedOnFlush() {
        Capture capture = Capture.of(IndicatorProtocol.REGEX).feedAscii("ST,GS,+0012.345kg");

        assertThat(capture.results).isEmpty();
        assertThat(capture.flush().onlyReading().weight().toPlainString()).isEqualTo("12.345");
    }

    @Test
    void blankLinesAreNoise() {
        Capture capture = Capture.of(IndicatorProtocol.REGEX).feedAscii("\r\n\r\nST,GS,+0012.345kg\r\n").flush();

        assertThat(capture.readings()).hasSize(1);
        assertThat(capture.rejectionCodes()).containsExactly("noise");
    }
}

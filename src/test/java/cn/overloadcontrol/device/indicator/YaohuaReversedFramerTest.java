package cn.overloadcontrol.device.indicator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.WeightUnit;

import static org.assertj.core.api.Assertions.assertThat;

class YaohuaReversedFramerTest {

    @ParameterizedTest(name = "{0} {1} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | -  | =000.3000 | 3.000
            1 | -  | =000.300- | -3.000
            1 | 1  | =000.3001 | -3.000
            1 | -  | =06230000 | 3260
            1 | -  | =5.21000- | -12.5
            2 | -  | =0003.000 | 3.000
            2 | -  | =-003.000 | -3.000
            2 | 1  | =1003.000 | -3.000
            2 | -  | =000.3000 | 0.3000
            """)
    void decodesFrame(String format, String negativeSign, String frame, String weight) {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_REVERSED,
                        "reversed-format=" + format, "negative-sign=" + negativeSign)
                .feedAscii(frame).onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo(weight);
        assertThat(reading.unit()).isEqualTo(WeightUnit.KG);
        assertThat(reading.stable()).isNull();
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.NONE);
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3}")
    @CsvSource(delimiter = '|', textBlock = """
            1 | -  | =000.3001 | malformed
            1 | 1  | =000.300- | malformed
            1 | -  | =00A.3000 | bad_digits
            1 | -  | =0.0.3000 | bad_digits
            1 | -  | =00-.3000 | bad_digits
            2 | -  | =0003.0A0 | bad_digits
            2 | -  | =X003.000 | malformed
            """)
    void rejectsFrame(String format, String negativeSign, String frame, String reason) {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_REVERSED,
                "reversed-format=" + format, "negative-sign=" + negativeSign).feedAscii(frame);

        assertThat(capture.onlyRejection().reason().code()).isEqualTo(reason);
    }
}

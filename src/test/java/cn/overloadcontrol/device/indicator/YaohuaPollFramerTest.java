package cn.overloadcontrol.device.indicator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.overloadcontrol.device.ChecksumStatus;
import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorSettingsException;
import cn.overloadcontrol.device.YaohuaPollCommand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YaohuaPollFramerTest {

    @Test
    void readGrossRequestForIndicatorOne() {
        assertThat(HexBytes.format(YaohuaPollCommand.READ_GROSS.request(1))).isEqualTo("02 41 42 30 33 03");
    }

    @Test
    void handshakeRequestForIndicatorTwentySix() {
        assertThat(HexBytes.format(YaohuaPollCommand.HANDSHAKE.request(26))).isEqualTo("02 5A 41 31 42 03");
    }

    @Test
    void requestRejectsAddressOutsideOneToTwentySix() {
        assertThatThrownBy(() -> YaohuaPollCommand.READ_NET.request(27))
                .isInstanceOf(IndicatorSettingsException.class)
                .hasMessage("invalid option address=27: expected 1..26 (indicator A..Z)");
        assertThatThrownBy(() -> YaohuaPollCommand.READ_NET.request(0))
                .isInstanceOf(IndicatorSettingsException.class);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            02 41 42 2B 30 30 31 35 36 30 30 31 41 03 | 1560    | GROSS | reply to read gross
            02 41 43 2B 30 30 30 38 30 30 30 31 31 03 | 800     | TARE  | reply to read tare
            02 41 44 2D 30 30 31 32 33 34 31 31 44 03 | -123.4  | NET   | negative net with one decimal
            02 41 41 2B 30 30 30 30 30 30 30 31 42 03 | 0       |       | reply to handshake
            """)
    void decodesReply(String frame, String weight, String kind, String description) {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A9_POLL).feedHex(frame).onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo(weight);
        assertThat(reading.kind() == null ? null : reading.kind().name()).isEqualTo(kind);
        assertThat(reading.stable()).isNull();
        assertThat(reading.checksum()).isEqualTo(ChecksumStatus.OK);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', textBlock = """
            02 41 42 2B 30 30 31 35 36 30 30 31 42 03 | bad_checksum  | checksum 1B where 1A is due
            02 42 42 2B 30 30 31 35 36 30 30 31 39 03 | wrong_address | reply of indicator 2
            02 41 45 2B 30 30 31 35 36 30 30 31 44 03 | malformed     | unknown command E
            """)
    void rejectsReply(String frame, String reason, String description) {
        Capture capture = Capture.of(IndicatorProtocol.YAOHUA_A9_POLL).feedHex(frame);

        assertThat(capture.onlyRejection().reason().code()).isEqualTo(reason);
    }

    @Test
    void addressOptionSelectsIndicator() {
        IndicatorReading reading = Capture.of(IndicatorProtocol.YAOHUA_A9_POLL, "address=2")
                .feedHex("02 42 42 2B 30 30 31 35 36 30 30 31 39 03").onlyReading();

        assertThat(reading.weight().toPlainString()).isEqualTo("1560");
    }
}

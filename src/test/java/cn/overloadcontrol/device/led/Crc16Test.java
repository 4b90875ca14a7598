package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Crc16Test {

    private static final byte[] CHECK_INPUT = "123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void arcCheckValue() {
        // Check values of the CRC catalogue (Greg Cook, reveng) for the input "123456789".
        assertThat(Crc16.arc(CHECK_INPUT, 0, CHECK_INPUT.length)).isEqualTo(0xBB3D);
    }

    @Test
    void modbusCheckValue() {
        assertThat(Crc16.modbus(CHECK_INPUT, 0, CHECK_INPUT.length)).isEqualTo(0x4B37);
    }
}

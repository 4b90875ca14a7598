package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedMessage;
import cn.overloadcontrol.device.LedProtocol;
import org.junit.jupiter.api.Test;

class SimulatedLedDisplayTest {

    @Test
    void keepsRealFrames() {
        SimulatedLedDisplay display = new SimulatedLedDisplay(LedProtocol.ONBON_BX5K, 128, 32);

        display.show(LedMessage.lines("欢迎光临"));

        assertThat(display.frames()).hasSize(1);
        assertThat(display.frames().get(0).hex())
                .isEqualTo(HexBytes.format(HexBytes.parse(OnbonFramesTest.VENDOR_EXAMPLE)));
    }

    @Test
    void textTooLongFailsAsOnSite() {
        SimulatedLedDisplay display = new SimulatedLedDisplay(LedProtocol.RS485_BOARD, 0, 0);

        assertThatThrownBy(() -> display.show(LedMessage.lines("晋".repeat(65))))
                .hasMessageStartingWith("text needs 5 rows");
        assertThat(display.frames()).isEmpty();
    }

    @Test
    void keepsOnlyRecentFrames() {
        SimulatedLedDisplay display = new SimulatedLedDisplay(LedProtocol.RS485_BOARD, 0, 0);

        for (int i = 0; i < 60; i++) {
            display.show(LedMessage.lines("车" + i));
        }

        assertThat(display.frames()).hasSize(50);
        assertThat(display.frames().get(49).bytes()).isEqualTo(
                LedProtocol.RS485_BOARD.encode(LedMessage.lines("车59"), 0, 0).bytes());
    }
}

package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedFrame;
import java.util.List;
import org.junit.jupiter.api.Test;

class OnbonFramesTest {

    /** Onbon's published example: 128×32 screen, dynamic area 0, text 欢迎光临. */
    static final String VENDOR_EXAMPLE = "a5 a5 a5 a5 a5 a5 a5 a5 fe ff 00 80 00 00 00 00 00 00 fe 02 2c 00 a3 06"
            + " 01 00 00 00 01 23 00 00 00 80 00 00 80 80 20 00 00 00 00 0a 00 00 00 00 02 01 01 00 02 0a 08 00 00 00"
            + " bb b6 d3 ad b9 e2 c1 d9 3c 49 5a";

    @Test
    void vendorExampleByteForByte() {
        LedFrame frame = OnbonFrames.showText(OnbonArea.screen(128, 32), List.of("欢迎光临"));

        assertThat(frame.hex()).isEqualTo(HexBytes.format(HexBytes.parse(VENDOR_EXAMPLE)));
        assertThat(frame.replaced()).isEmpty();
    }

    @Test
    void crcIsArcOverHeaderAndData() {
        byte[] example = HexBytes.parse(VENDOR_EXAMPLE);

        // Header and data run from after the eight A5 to before CRC and 5A; the example needs no escaping.
        int crc = Crc16.arc(example, 8, example.length - 8 - 3);

        assertThat(crc).isEqualTo(0x493C);
    }

    @Test
    void reservedBytesInTextAreEscaped() {
        // α is A6 C1 in GBK; ΢ does not exist, so use a character whose GBK has 5A: 乐 is C0 D6,
        // 猌 is AA 5A.
        LedFrame frame = OnbonFrames.showText(OnbonArea.screen(128, 32), List.of("α猌"));
        byte[] bytes = frame.bytes();
        byte[] inner = java.util.Arrays.copyOfRange(bytes, 8, bytes.length - 1);

        assertThat(frame.hex()).contains("A6 01 C1").contains("AA 5B 02");
        assertThat(HexBytes.format(inner)).doesNotContain("A5").doesNotContain("5A");
        assertThat(bytes[bytes.length - 1]).isEqualTo((byte) 0x5A);
    }

    @Test
    void escapedFrameParsesBackWithItsCrc() {
        LedFrame frame = OnbonFrames.showText(OnbonArea.screen(128, 32), List.of("α猌"));

        // The reply parser checks length and CRC on the unescaped bytes. A command frame passes both
        // checks and fails only because it is not a reply.
        assertThatThrownBy(() -> OnbonReply.parse(frame.bytes()))
                .hasMessageContaining("does not start with A0");
    }

    @Test
    void screenSizeIsInHeaderOfArea() {
        LedFrame frame = OnbonFrames.showText(OnbonArea.screen(64, 16), List.of("A"));

        // Width in pixel units (top bit set), height in pixels.
        assertThat(frame.hex()).contains("00 00 80 00 00 40 80 10 00");
    }

    @Test
    void linesJoinWithSeparator() {
        LedFrame frame = OnbonFrames.showText(OnbonArea.screen(128, 32), List.of("A", "B"));

        assertThat(frame.hex()).contains("04 00 00 00 41 5C 6E 42");
    }

    @Test
    void screenSizeOutOfRangeIsRejected() {
        assertThatThrownBy(() -> OnbonArea.screen(0, 32)).hasMessage("screen width 0 must be 1 to 32767 pixels");
        assertThatThrownBy(() -> OnbonArea.screen(128, 40000))
                .hasMessage("screen height 40000 must be 1 to 32767 pixels");
    }

    @Test
    void messageWithoutLinesIsRejected() {
        assertThatThrownBy(() -> OnbonFrames.showText(OnbonArea.screen(128, 32), List.of()))
                .hasMessageContaining("no lines");
    }
}

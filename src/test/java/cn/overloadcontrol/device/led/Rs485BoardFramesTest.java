package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedFrame;
import cn.overloadcontrol.device.LedMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rs485BoardFramesTest {

    @Test
    void speakExampleByteForByte() {
        LedFrame frame = Rs485BoardFrames.speak(0, "欢迎光临");

        assertThat(frame.hex()).isEqualTo("00 64 FF FF 30 09 01 BB B6 D3 AD B9 E2 C1 D9 32 58");
    }

    @Test
    void voiceOnlyMessageUsesSpeakCommand() {
        LedFrame frame = Rs485BoardFrames.encode(0, new LedMessage(List.of(), "欢迎光临"));

        assertThat(frame.hex()).isEqualTo("00 64 FF FF 30 09 01 BB B6 D3 AD B9 E2 C1 D9 32 58");
    }

    @Test
    void linesAndVoiceInOneFrame() {
        LedFrame frame = Rs485BoardFrames.encode(1, new LedMessage(List.of("AB", "C"), "D"));

        byte[] bytes = frame.bytes();
        assertThat(frame.hex()).startsWith("01 64 FF FF 6E 1C 00 02"
                + " 00 00 01 05 00 FF 00 00 00 02 41 42"
                + " 01 00 01 05 00 FF 00 00 00 01 43"
                + " 01 01 44");
        assertThat(bytes[5] & 0xFF).isEqualTo(bytes.length - 8);
        int crc = Crc16.modbus(bytes, 0, bytes.length - 2);
        assertThat(bytes[bytes.length - 2] & 0xFF).isEqualTo(crc & 0xFF);
        assertThat(bytes[bytes.length - 1] & 0xFF).isEqualTo(crc >>> 8);
    }

    @Test
    void linesWithoutVoiceEndWithEmptyVoiceBlock() {
        LedFrame frame = Rs485BoardFrames.encode(0, LedMessage.lines("A"));

        assertThat(frame.hex()).startsWith("00 64 FF FF 6E 0F 00 01 00 00 01 05 00 FF 00 00 00 01 41 00 00");
    }

    @Test
    void longLineContinuesOnNextRow() {
        // 17 Chinese characters are 34 GBK bytes: 16 fit a 32-byte row, the 17th moves down.
        String line = "晋".repeat(17);

        LedFrame frame = Rs485BoardFrames.encode(0, LedMessage.lines(line));

        assertThat(frame.bytes()[7]).isEqualTo((byte) 2);
        assertThat(frame.hex()).contains("20 " + "BD FA ".repeat(16) + "01 00 01 05 00 FF 00 00 00 02 BD FA");
    }

    @Test
    void moreThanFourRowsIsRejected() {
        LedMessage message = LedMessage.lines("晋".repeat(40), "A", "B");

        assertThatThrownBy(() -> Rs485BoardFrames.encode(0, message))
                .hasMessage("text needs 5 rows of at most 32 GBK bytes (a Chinese character takes 2),"
                        + " the RS-485 board has 4");
    }

    @Test
    void dataOverOneByteLengthIsRejected() {
        LedMessage message = new LedMessage(List.of("A"), "语".repeat(130));

        assertThatThrownBy(() -> Rs485BoardFrames.encode(0, message))
                .hasMessageStartingWith("RS-485 board data has 275 bytes, at most 255");
    }

    @Test
    void unmappableCharactersAreReported() {
        LedFrame frame = Rs485BoardFrames.encode(0, new LedMessage(List.of("张𠀀"), "王䶮"));

        assertThat(frame.replaced()).containsExactly("𠀀", "䶮");
        assertThat(HexBytes.format(frame.bytes())).contains("D5 C5 A1 F5").contains("CD F5 A1 F5");
    }

    @Test
    void addressOutOfRangeIsRejected() {
        assertThatThrownBy(() -> Rs485BoardFrames.speak(256, "A"))
                .hasMessage("RS-485 board address 256 must be 0 to 255");
    }
}

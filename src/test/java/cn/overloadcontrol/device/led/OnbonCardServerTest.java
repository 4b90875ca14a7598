package cn.overloadcontrol.device.led;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.List;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedCardSimulator;
import cn.overloadcontrol.device.LedDisplay;
import cn.overloadcontrol.device.LedDisplays;
import cn.overloadcontrol.device.LedMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The emulated Onbon card of the simulated station, driven by real frames. */
class OnbonCardServerTest {

    @Test
    void vendorExampleIsAcknowledgedAndShown() throws IOException {
        try (LedCardSimulator card = LedDisplays.startOnbonCardSimulator();
             Socket socket = new Socket(card.host(), card.port())) {
            socket.setSoTimeout(2000);
            send(socket, HexBytes.parse(OnbonFramesTest.VENDOR_EXAMPLE));

            OnbonReply reply = OnbonReply.parse(OnbonReplyReader.read(socket.getInputStream()));

            assertThat(reply.acknowledged()).isTrue();
            assertThat(card.shownLines()).containsExactly("欢迎光临");
            assertThat(card.acceptedFrames()).isEqualTo(1);
            assertThat(card.shownAt()).isNotNull();
        }
    }

    @Test
    void frameWithWrongCrcGetsNack5() throws IOException {
        byte[] frame = HexBytes.parse(OnbonFramesTest.VENDOR_EXAMPLE);
        frame[frame.length - 3] ^= 0x01; // the CRC's low byte 3C becomes 3D, which needs no escape
        try (LedCardSimulator card = LedDisplays.startOnbonCardSimulator();
             Socket socket = new Socket(card.host(), card.port())) {
            socket.setSoTimeout(2000);
            send(socket, frame);

            OnbonReply reply = OnbonReply.parse(OnbonReplyReader.read(socket.getInputStream()));

            assertThat(reply.acknowledged()).isFalse();
            assertThat(reply.errorCode()).isEqualTo(OnbonReply.ERROR_CRC);
            assertThat(card.shownLines()).isEmpty();
        }
    }

    @Test
    void driverShowsLinesOnCard() throws Exception {
        try (LedCardSimulator card = LedDisplays.startOnbonCardSimulator();
             LedDisplay display = LedDisplays.onbon(card.host(), card.port(), 128, 32, Duration.ofSeconds(1),
                     Duration.ofSeconds(1), 2)) {
            display.show(LedMessage.lines("晋E12345", "52.40吨 超限3.40吨", "禁止出场"));
            display.show(LedMessage.lines("晋E54321", "31.20吨 正常", "请通行"));

            assertThat(card.shownLines()).isEqualTo(List.of("晋E54321", "31.20吨 正常", "请通行"));
            assertThat(card.acceptedFrames()).isEqualTo(2);
        }
    }

    private static void send(Socket socket, byte[] frame) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(frame);
        out.flush();
    }
}

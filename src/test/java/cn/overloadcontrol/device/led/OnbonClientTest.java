package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedException;
import cn.overloadcontrol.device.LedMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The TCP client against an Onbon card played by {@link OnbonCardSimulator} on 127.0.0.1. */
class OnbonClientTest {

    private static final LedMessage WELCOME = LedMessage.lines("欢迎光临");
    private static final Duration REPLY_TIMEOUT = Duration.ofMillis(300);

    private static OnbonClient client(int port, int maxAttempts) {
        return new OnbonClient(OnbonArea.screen(128, 32), "127.0.0.1", port, Duration.ofSeconds(2), REPLY_TIMEOUT,
                maxAttempts);
    }

    @Test
    void ackAfterVendorExampleBytes() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(OnbonCardSimulator.ack());
             OnbonClient client = client(card.port(), 3)) {
            client.show(WELCOME);

            assertThat(card.received()).hasSize(1);
            assertThat(HexBytes.format(card.received().get(0)))
                    .isEqualTo(HexBytes.format(HexBytes.parse(OnbonFramesTest.VENDOR_EXAMPLE)));
        }
    }

    @Test
    void vendorAckWithNineA5IsAccepted() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(HexBytes.parse(OnbonReplyTest.VENDOR_ACK));
             OnbonClient client = client(card.port(), 1)) {
            client.show(WELCOME);

            assertThat(card.received()).hasSize(1);
        }
    }

    @Test
    void crcNackIsResentThenAcknowledged() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(OnbonCardSimulator.nack(5), OnbonCardSimulator.ack());
             OnbonClient client = client(card.port(), 3)) {
            client.show(WELCOME);

            assertThat(card.received()).hasSize(2);
            assertThat(card.received().get(1)).isEqualTo(card.received().get(0));
            assertThat(card.connections()).isEqualTo(1);
        }
    }

    @Test
    void crcNackOnEveryAttemptFails() throws Exception {
        byte[] nack = OnbonCardSimulator.nack(5);
        try (OnbonCardSimulator card = new OnbonCardSimulator(nack, nack, nack);
             OnbonClient client = client(card.port(), 3)) {
            assertThatThrownBy(() -> client.show(WELCOME))
                    .isInstanceOf(LedException.class)
                    .hasMessage("LED 127.0.0.1:" + card.port() + ": CRC error reported (NACK 5) on all 3 attempts")
                    .extracting(e -> ((LedException) e).reason()).isEqualTo(LedException.Reason.CRC_REJECTED);
            assertThat(card.received()).hasSize(3);
        }
    }

    @Test
    void busyIsReportedWithoutResend() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(OnbonCardSimulator.nack(3));
             OnbonClient client = client(card.port(), 3)) {
            assertThatThrownBy(() -> client.show(WELCOME))
                    .extracting(e -> ((LedException) e).reason()).isEqualTo(LedException.Reason.BUSY);
            assertThat(card.received()).hasSize(1);
        }
    }

    @Test
    void fontMissingIsReported() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(OnbonCardSimulator.nack(12));
             OnbonClient client = client(card.port(), 3)) {
            assertThatThrownBy(() -> client.show(WELCOME))
                    .hasMessageContaining("font missing on the card (NACK 12)")
                    .extracting(e -> ((LedException) e).reason()).isEqualTo(LedException.Reason.FONT_MISSING);
        }
    }

    @Test
    void otherNackCodeIsRejection() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(OnbonCardSimulator.nack(7));
             OnbonClient client = client(card.port(), 3)) {
            assertThatThrownBy(() -> client.show(WELCOME))
                    .hasMessageEndingWith("rejected with error code 7")
                    .extracting(e -> ((LedException) e).reason()).isEqualTo(LedException.Reason.REJECTED);
        }
    }

    @Test
    void silenceReconnectsAndResends() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(OnbonCardSimulator.SILENCE, OnbonCardSimulator.ack());
             OnbonClient client = client(card.port(), 3)) {
            client.show(WELCOME);

            assertThat(card.received()).hasSize(2);
            assertThat(card.connections()).isEqualTo(2);
        }
    }

    @Test
    void silenceOnEveryAttemptFailsClearly() throws Exception {
        byte[] silence = OnbonCardSimulator.SILENCE;
        try (OnbonCardSimulator card = new OnbonCardSimulator(silence, silence, silence);
             OnbonClient client = client(card.port(), 3)) {
            long start = System.nanoTime();

            assertThatThrownBy(() -> client.show(WELCOME))
                    .hasMessage("LED 127.0.0.1:" + card.port() + ": no reply within 300 ms after 3 attempts")
                    .extracting(e -> ((LedException) e).reason()).isEqualTo(LedException.Reason.NO_REPLY);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(card.received()).hasSize(3);
            assertThat(card.connections()).isEqualTo(3);
        }
    }

    @Test
    void unreachableCardFailsAfterAttempts() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        try (OnbonClient client = client(port, 2)) {
            assertThatThrownBy(() -> client.show(WELCOME))
                    .hasMessageContaining("after 2 attempts")
                    .extracting(e -> ((LedException) e).reason()).isEqualTo(LedException.Reason.CONNECTION_FAILED);
        }
    }

    @Test
    void nextMessageAfterFailureReconnects() throws Exception {
        try (OnbonCardSimulator card = new OnbonCardSimulator(OnbonCardSimulator.SILENCE);
             OnbonClient client = client(card.port(), 1)) {
            assertThatThrownBy(() -> client.show(WELCOME)).isInstanceOf(LedException.class);

            client.show(LedMessage.lines("请通行"));

            assertThat(card.received()).hasSize(2);
            assertThat(card.connections()).isEqualTo(2);
        }
    }
}

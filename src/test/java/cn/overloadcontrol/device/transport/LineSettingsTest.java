package cn.overloadcontrol.device.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Per-device line settings and the reopen delay. */
class LineSettingsTest {

    @Test
    void formatParsesDataParityStop() {
        SerialSettings settings = SerialSettings.of("/dev/ttyS0", 1200, "7E1");

        assertThat(settings.dataBits()).isEqualTo(7);
        assertThat(settings.parity()).isEqualTo(Parity.EVEN);
        assertThat(settings.stopBits()).isEqualTo(1);
        assertThat(settings.format()).isEqualTo("7E1");
        assertThat(settings).hasToString("/dev/ttyS0 1200 7E1");
    }

    @Test
    void invalidSettingsNameValueAndRule() {
        assertThatIllegalArgumentException().isThrownBy(() -> SerialSettings.of("/dev/ttyS0", 9600, "8X1"))
                .withMessageContaining("'8X1'").withMessageContaining("for example 8N1");
        assertThatIllegalArgumentException().isThrownBy(() -> SerialSettings.of(" ", 9600, "8N1"))
                .withMessageContaining("device path");
        assertThatIllegalArgumentException().isThrownBy(() -> SerialSettings.of("COM3", 0, "8N1"))
                .withMessageContaining("baud 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new TcpLink("127.0.0.1", 70000,
                Duration.ofSeconds(1), Duration.ofSeconds(1))).withMessageContaining("port 70000");
    }

    @Test
    void backoffDoublesToCapAndResets() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(5));

        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(4));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(5));
        backoff.reset();
        assertThat(backoff.nextDelay()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void watchdogRejectsInvalidTimings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new WatchdogSettings(Duration.ZERO,
                Duration.ofSeconds(1), Duration.ofSeconds(2))).withMessageContaining("silence limit");
        assertThatIllegalArgumentException().isThrownBy(() -> new WatchdogSettings(Duration.ofSeconds(5),
                Duration.ofSeconds(3), Duration.ofSeconds(2))).withMessageContaining("max backoff");
    }
}

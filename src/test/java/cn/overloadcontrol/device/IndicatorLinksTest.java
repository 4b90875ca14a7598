package cn.overloadcontrol.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The entry point other modules use to read an indicator. */
class IndicatorLinksTest {

    @Test
    void tcpLinkDeliversReadingsAndHealth() throws Exception {
        List<IndicatorResult> results = new CopyOnWriteArrayList<>();
        List<IndicatorHealth> changes = new CopyOnWriteArrayList<>();
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             IndicatorLink link = IndicatorLinks.tcp("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2),
                     IndicatorProtocol.YAOHUA_A9, Map.of(), results::add, changes::add, Duration.ofSeconds(5))) {
            link.start();
            try (Socket indicator = server.accept()) {
                indicator.getOutputStream().write("\u0002+001560019\u0003".getBytes(StandardCharsets.US_ASCII));
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (link.state() != IndicatorLinkState.ONLINE && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                // Checked while the indicator is still connected: closing it sends the link offline.
                assertThat(link.state()).isEqualTo(IndicatorLinkState.ONLINE);
            }

            assertThat(((IndicatorReading) results.get(0)).weight()).isEqualTo(new BigDecimal("1560"));
            assertThat(link.counters().readings()).isEqualTo(1);
            assertThat(link.lastFrameAt()).isNotNull();
            assertThat(changes).extracting(IndicatorHealth::state)
                    .contains(IndicatorLinkState.CONNECTING, IndicatorLinkState.ONLINE);
        }
    }

    @Test
    void serialLinkRejectsInvalidFormat() {
        assertThatIllegalArgumentException().isThrownBy(() -> IndicatorLinks.serial("/dev/ttyS0", 9600, "9N1",
                IndicatorProtocol.YAOHUA_A9, Map.of(), result -> { }, health -> { }, Duration.ofSeconds(5)))
                .withMessageContaining("'9N1'");
    }
}

package cn.overloadcontrol.device.transport;

import static cn.overloadcontrol.device.transport.RecordingListeners.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.device.IndicatorLinkState;
import cn.overloadcontrol.device.IndicatorProtocol;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The raw TCP transport against a serial device server played by a local ServerSocket. */
class TcpLinkTest {

    private static final WatchdogSettings FAST = new WatchdogSettings(Duration.ofMillis(2500),
            Duration.ofMillis(100), Duration.ofMillis(400));

    private final RecordingListeners recorded = new RecordingListeners();
    private ServerSocket server;
    private Socket indicator;
    private IndicatorConnection connection;

    @BeforeEach
    void startServer() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        TcpLink link = new TcpLink("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2), Duration.ofMillis(100));
        connection = new IndicatorConnection(link, IndicatorProtocol.YAOHUA_A9, Map.of(), recorded, recorded, FAST);
        connection.start();
        indicator = server.accept();
    }

    @AfterEach
    void stopServer() throws IOException {
        connection.close();
        indicator.close();
        server.close();
    }

    private void write(byte[] bytes) throws IOException {
        OutputStream out = indicator.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    @Test
    void oneByteSegmentsDecodeAsFrames() throws Exception {
        for (byte b : Frames.concat(Frames.a9(1560), Frames.a9(1580))) {
            write(new byte[] {b});
        }

        await(Duration.ofSeconds(5), () -> recorded.weights().size() == 2);
        assertThat(recorded.weights()).containsExactly(new BigDecimal("1560"), new BigDecimal("1580"));
        assertThat(connection.state()).isEqualTo(IndicatorLinkState.ONLINE);
    }

    @Test
    void batchedFramesWithNoiseDecodeApart() throws Exception {
        write(Frames.concat(Frames.a9(100), Frames.ascii("\r\n?x"), Frames.a9(200), Frames.a9(300),
                new byte[] {(byte) 0xFF, 0x00}, Frames.a9(-40)));

        await(Duration.ofSeconds(5), () -> recorded.weights().size() == 4);
        assertThat(recorded.weights()).containsExactly(new BigDecimal("100"), new BigDecimal("200"),
                new BigDecimal("300"), new BigDecimal("-40"));
    }

    @Test
    void droppedConnectionGoesOfflineThenResumes() throws Exception {
        write(Frames.a9(1000));
        await(Duration.ofSeconds(5), () -> connection.state() == IndicatorLinkState.ONLINE);

        indicator.close();
        await(FAST.silenceLimit().plusSeconds(3), () -> recorded.hasChangedTo(IndicatorLinkState.OFFLINE));
        assertThat(recorded.lastChangeTo(IndicatorLinkState.OFFLINE).device()).isEqualTo("127.0.0.1:" + server.getLocalPort());

        indicator = server.accept();
        write(Frames.a9(2000));
        await(Duration.ofSeconds(5), () -> recorded.weights().contains(new BigDecimal("2000")));
        assertThat(connection.state()).isEqualTo(IndicatorLinkState.ONLINE);
    }

    @Test
    void silentServerGoesOfflineThenReconnects() throws Exception {
        write(Frames.a9(1000));
        await(Duration.ofSeconds(5), () -> connection.state() == IndicatorLinkState.ONLINE);

        // The device server keeps the socket open while the indicator behind it is switched off.
        await(FAST.silenceLimit().plusSeconds(3), () -> recorded.hasChangedTo(IndicatorLinkState.OFFLINE));
        assertThat(recorded.lastChangeTo(IndicatorLinkState.OFFLINE).reason()).startsWith("no valid frame for");

        indicator.close();
        indicator = server.accept();
        write(Frames.a9(3000));
        await(Duration.ofSeconds(5), () -> recorded.weights().contains(new BigDecimal("3000")));
    }
}

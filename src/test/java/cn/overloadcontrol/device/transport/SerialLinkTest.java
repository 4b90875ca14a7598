package cn.overloadcontrol.device.transport;

import static cn.overloadcontrol.device.transport.RecordingListeners.await;
import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.device.IndicatorLinkState;
import cn.overloadcontrol.device.IndicatorProtocol;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The serial transport on a real pseudo-terminal pair made by socat. */
class SerialLinkTest {

    private static final WatchdogSettings FAST = new WatchdogSettings(Duration.ofMillis(2500),
            Duration.ofMillis(100), Duration.ofMillis(400));

    private final RecordingListeners recorded = new RecordingListeners();
    private SocatPair socat;
    private IndicatorConnection connection;

    @BeforeEach
    void startLine() throws Exception {
        socat = SocatPair.start();
        SerialLink link = new SerialLink(SerialSettings.of(socat.readerPath(), 9600, "8N1"), Duration.ofMillis(100));
        connection = new IndicatorConnection(link, IndicatorProtocol.YAOHUA_A9, Map.of(), recorded, recorded, FAST);
        connection.start();
        await(Duration.ofSeconds(5), () -> recorded.states().contains(IndicatorLinkState.CONNECTING));
    }

    @AfterEach
    void stopLine() throws Exception {
        if (connection != null) {
            connection.close();
        }
        if (socat != null) {
            socat.close();
        }
    }

    @Test
    void oneByteWritesDecodeAsFrames() throws Exception {
        for (byte b : Frames.concat(Frames.a9(1560), Frames.a9(1580))) {
            socat.write(new byte[] {b});
        }

        await(Duration.ofSeconds(5), () -> recorded.weights().size() == 2);
        assertThat(recorded.weights()).containsExactly(new BigDecimal("1560"), new BigDecimal("1580"));
        assertThat(connection.state()).isEqualTo(IndicatorLinkState.ONLINE);
    }

    @Test
    void batchedFramesWithNoiseDecodeApart() throws Exception {
        socat.write(Frames.concat(Frames.a9(100), Frames.ascii("\r\n?x"), Frames.a9(200), Frames.a9(300),
                new byte[] {(byte) 0xFF, 0x00}, Frames.a9(-40)));

        await(Duration.ofSeconds(5), () -> recorded.weights().size() == 4);
        assertThat(recorded.weights()).containsExactly(new BigDecimal("100"), new BigDecimal("200"),
                new BigDecimal("300"), new BigDecimal("-40"));
    }

    @Test
    void killedLineGoesOfflineThenResumes() throws Exception {
        socat.write(Frames.a9(1000));
        await(Duration.ofSeconds(5), () -> connection.state() == IndicatorLinkState.ONLINE);

        socat.kill();
        await(FAST.silenceLimit().plusSeconds(3), () -> recorded.hasChangedTo(IndicatorLinkState.OFFLINE));
        assertThat(recorded.lastChangeTo(IndicatorLinkState.OFFLINE).device()).isEqualTo(socat.readerPath());
        assertThat(recorded.lastChangeTo(IndicatorLinkState.OFFLINE).lastFrameAt()).isNotNull();
        assertThat(recorded.lastChangeTo(IndicatorLinkState.OFFLINE).counters().readings()).isEqualTo(1);

        socat.restart();
        await(Duration.ofSeconds(5), () -> connection.state() == IndicatorLinkState.CONNECTING);
        socat.write(Frames.a9(2000));
        await(Duration.ofSeconds(5), () -> recorded.weights().contains(new BigDecimal("2000")));
        assertThat(connection.state()).isEqualTo(IndicatorLinkState.ONLINE);
    }

    @Test
    void silentOpenPortGoesOffline() throws Exception {
        socat.write(Frames.a9(1000));
        await(Duration.ofSeconds(5), () -> connection.state() == IndicatorLinkState.ONLINE);

        socat.write(Frames.ascii("garbage without frames"));
        await(FAST.silenceLimit().plusSeconds(3), () -> recorded.hasChangedTo(IndicatorLinkState.OFFLINE));
        assertThat(recorded.lastChangeTo(IndicatorLinkState.OFFLINE).reason()).startsWith("no valid frame for");
    }

    @Test
    void missingPortOpensWhenItAppears() throws Exception {
        RecordingListeners late = new RecordingListeners();
        try (SocatPair later = SocatPair.start()) {
            later.kill();
            SerialLink link = new SerialLink(SerialSettings.of(later.readerPath(), 9600, "8N1"), Duration.ofMillis(100));
            try (IndicatorConnection waiting = new IndicatorConnection(link, IndicatorProtocol.YAOHUA_A9, Map.of(),
                    late, late, FAST)) {
                waiting.start();
                await(Duration.ofSeconds(5), () -> late.hasChangedTo(IndicatorLinkState.OFFLINE));
                assertThat(late.lastChangeTo(IndicatorLinkState.OFFLINE).reason()).startsWith("open failed");
                assertThat(late.lastChangeTo(IndicatorLinkState.OFFLINE).lastFrameAt()).isNull();

                later.restart();
                await(Duration.ofSeconds(5), () -> waiting.state() == IndicatorLinkState.CONNECTING);
                later.write(Frames.a9(500));
                await(Duration.ofSeconds(5), () -> late.weights().contains(new BigDecimal("500")));
                assertThat(late.states()).containsSubsequence(IndicatorLinkState.OFFLINE,
                        IndicatorLinkState.CONNECTING, IndicatorLinkState.ONLINE);
            }
            assertThat(late.lastChange().state()).isEqualTo(IndicatorLinkState.STOPPED);
        }
    }
}

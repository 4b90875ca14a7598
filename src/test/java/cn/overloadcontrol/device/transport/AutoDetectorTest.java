package cn.overloadcontrol.device.transport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Auto-detection with a fake port. A pseudo-terminal ignores the baud rate, so a wrong setting
 * is simulated by what it would show: garbled bytes.
 */
class AutoDetectorTest {

    /** What an indicator at another baud rate looks like: bytes that start no frame. */
    private static final byte[] GARBLED = {(byte) 0xF8, 0x00, (byte) 0x80, 0x78, (byte) 0xE0, (byte) 0xFE, 0x1C};

    private final Map<LineSetting, byte[]> port = new HashMap<>();
    private final AutoDetector detector = new AutoDetector(
            (setting, window) -> port.getOrDefault(setting, GARBLED), Duration.ofMillis(10));

    @Test
    void detectorProposesSettingAfterThreeFrames() throws Exception {
        port.put(new LineSetting(2400, "7E1"), Frames.concat(Frames.ascii("3\u0003"), Frames.a9(1560),
                Frames.a9(1580), Frames.a9(1600)));

        DetectionReport report = detector.detect();

        assertThat(report.proposal()).hasValueSatisfying(proposal -> {
            assertThat(proposal.setting()).isEqualTo(new LineSetting(2400, "7E1"));
            assertThat(proposal.protocol()).isEqualTo(IndicatorProtocol.YAOHUA_A9);
            assertThat(proposal.frames()).extracting(IndicatorReading::weight).containsExactly(
                    new BigDecimal("1560"), new BigDecimal("1580"), new BigDecimal("1600"));
        });
        assertThat(report.attempts()).extracting(DetectionAttempt::setting).containsExactly(
                new LineSetting(9600, "8N1"), new LineSetting(9600, "7E1"), new LineSetting(4800, "8N1"),
                new LineSetting(4800, "7E1"), new LineSetting(2400, "8N1"), new LineSetting(2400, "7E1"));
        assertThat(report.summary()).contains("2400 7E1", "yaohua-a9", "3 consecutive");
    }

    @Test
    void detectorFindsRegexLines() throws Exception {
        port.put(new LineSetting(9600, "8N1"), Frames.ascii(
                "ST,GS,+0012.345kg\r\nST,GS,+0012.345kg\r\nUS,GS,+0012.350kg\r\nST,GS,+0012.350kg\r\n"));

        DetectionReport report = detector.detect();

        assertThat(report.proposal()).hasValueSatisfying(proposal -> {
            assertThat(proposal.protocol()).isEqualTo(IndicatorProtocol.REGEX);
            assertThat(proposal.frames()).hasSizeGreaterThanOrEqualTo(3);
        });
        assertThat(report.attempts()).hasSize(1);
    }

    @Test
    void detectorIgnoresTwoFrames() throws Exception {
        port.put(new LineSetting(9600, "8N1"), Frames.concat(Frames.a9(100), Frames.a9(200)));

        DetectionReport report = detector.detect();

        assertThat(report.proposal()).isEmpty();
        assertThat(report.attempts().get(0).longestRuns()).containsEntry("yaohua-a9", 2);
    }

    @Test
    void rejectedFrameBreaksRun() throws Exception {
        byte[] badChecksum = Frames.a9(150);
        badChecksum[9] = 'F';
        badChecksum[10] = 'F';
        port.put(new LineSetting(9600, "8N1"), Frames.concat(Frames.a9(100), Frames.a9(200), badChecksum,
                Frames.a9(300), Frames.a9(400)));

        assertThat(detector.detect().proposal()).isEmpty();
    }

    @Test
    void unknownBytesGetScoreboardHint() throws Exception {
        DetectionReport report = detector.detect();

        assertThat(report.proposal()).isEmpty();
        assertThat(report.attempts()).hasSize(LineSetting.usual().size());
        assertThat(report.attempts()).allSatisfy(attempt -> {
            assertThat(attempt.sampleBytes()).isEqualTo(GARBLED.length);
            assertThat(attempt.sampleHead()).startsWith("F8 00 80");
        });
        assertThat(report.summary()).contains("no protocol gave 3 consecutive valid frames", "scoreboard port",
                "600-baud");
    }

    @Test
    void silentPortReportsNoBytes() throws Exception {
        AutoDetector silent = new AutoDetector((setting, window) -> new byte[0], Duration.ofMillis(10));

        DetectionReport report = silent.detect();

        assertThat(report.proposal()).isEmpty();
        assertThat(report.summary()).startsWith("No bytes arrived at any setting").contains("scoreboard port");
    }

    @Test
    void usualSettingsCoverBaudsAndFormats() {
        assertThat(LineSetting.usual()).hasSize(10).extracting(LineSetting::baud).containsOnly(
                9600, 4800, 2400, 1200, 600);
        assertThat(LineSetting.usual()).extracting(LineSetting::format).containsOnly("8N1", "7E1");
        assertThat(List.copyOf(LineSetting.usual()).get(0)).isEqualTo(new LineSetting(9600, "8N1"));
    }
}

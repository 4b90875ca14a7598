package cn.overloadcontrol.device.transport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.overloadcontrol.device.IndicatorProtocol;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Auto-detection on a real pseudo-terminal with an indicator that keeps sending. */
class SerialAutoDetectTest {

    @Test
    void proposesTheProtocolOfAnIndicatorSendingContinuously() throws Exception {
        try (SocatPair socat = SocatPair.start()) {
            AtomicBoolean sending = new AtomicBoolean(true);
            Thread indicator = new Thread(() -> {
                int weight = 1000;
                while (sending.get()) {
                    try {
                        socat.write(Frames.a9(weight++));
                        Thread.sleep(30);
                    } catch (Exception e) {
                        return;
                    }
                }
            });
            indicator.start();
            try {
                DetectionReport report = new AutoDetector(new SerialSampleReader(socat.readerPath()),
                        Duration.ofMillis(600)).detect();

                assertThat(report.proposal()).hasValueSatisfying(proposal -> {
                    assertThat(proposal.protocol()).isEqualTo(IndicatorProtocol.YAOHUA_A9);
                    assertThat(proposal.setting()).isEqualTo(new LineSetting(9600, "8N1"));
                    assertThat(proposal.frames()).hasSizeGreaterThanOrEqualTo(AutoDetector.REQUIRED_RUN);
                });
            } finally {
                sending.set(false);
                indicator.join(2000);
            }
        }
    }
}

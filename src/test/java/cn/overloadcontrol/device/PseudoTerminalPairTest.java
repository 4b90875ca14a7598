package cn.overloadcontrol.device;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class PseudoTerminalPairTest {

    @Test
    void writtenBytesArriveAtOtherEnd() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(PseudoTerminalPair.socatInstalled(), "socat not installed: apt-get install socat");
        }
        try (PseudoTerminalPair pair = PseudoTerminalPair.start();
             OutputStream writer = Files.newOutputStream(Path.of(pair.secondPath()));
             InputStream reader = Files.newInputStream(Path.of(pair.firstPath()))) {
            assertThat(pair.firstPath()).startsWith("/dev/");
            assertThat(pair.secondPath()).startsWith("/dev/").isNotEqualTo(pair.firstPath());

            byte[] frame = HexBytes.parse("02 2B 30 30 31 35 36 30 30 31 39 03");
            writer.write(frame);
            writer.flush();

            assertThat(reader.readNBytes(frame.length)).isEqualTo(frame);
        }
    }

    @Test
    void closeStopsSocat() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(PseudoTerminalPair.socatInstalled(), "socat not installed: apt-get install socat");
        }
        PseudoTerminalPair pair = PseudoTerminalPair.start();
        assertThat(pair.isAlive()).isTrue();

        pair.close();

        assertThat(pair.isAlive()).isFalse();
    }
}

package cn.overloadcontrol.agent;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The station command's options; pairing itself is tested against the platform. */
class StationCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void simulateBecomesProperty() {
        assertThat(StationCommand.springArguments(new String[] {"--simulate", "--server.port=9000"}))
                .containsExactly("--station.simulate=true", "--server.port=9000");
    }

    @Test
    void pairWithoutCodeIsUsageError() {
        int code = pair("--platform", "http://127.0.0.1:8080");

        assertThat(code).isEqualTo(StationCommand.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--platform and --code are required");
    }

    @Test
    void pairWithInvalidAddressIsUsageError() {
        int code = pair("--platform", "127.0.0.1:8080", "--code", "2345-6789-ABCD", "--data-dir", folder.toString());

        assertThat(code).isEqualTo(StationCommand.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("must be an http or https URL");
    }

    @Test
    void pairWithUnreachablePlatformFails() {
        int code = pair("--platform", "http://127.0.0.1:9", "--code", "2345-6789-ABCD", "--data-dir",
                folder.toString());

        assertThat(code).isEqualTo(StationCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unreachable");
        assertThat(folder.resolve("credential.enc")).doesNotExist();
    }

    private int pair(String... args) {
        return StationCommand.pair(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

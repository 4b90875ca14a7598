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
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("必须同时给出平台地址 --platform 和配对码 --code");
    }

    @Test
    void pairWithInvalidAddressIsUsageError() {
        int code = pair("--platform", "127.0.0.1:8080", "--code", "2345-6789-ABCD", "--data-dir", folder.toString());

        assertThat(code).isEqualTo(StationCommand.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("配对失败：平台地址“127.0.0.1:8080”无效");
    }

    @Test
    void pairWithUnreachablePlatformFails() {
        int code = pair("--platform", "http://127.0.0.1:9", "--code", "2345-6789-ABCD", "--data-dir",
                folder.toString());

        assertThat(code).isEqualTo(StationCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("配对失败：无法连接平台 http://127.0.0.1:9，请检查平台地址、端口和网络");
        assertThat(folder.resolve("credential.enc")).doesNotExist();
    }

    @Test
    void pairAcceptsSpringDataDirOption() {
        int code = pair("--platform", "http://127.0.0.1:9", "--code", "2345-6789-ABCD",
                "--station.data-dir=" + folder);

        assertThat(code).isEqualTo(StationCommand.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("未知选项");
    }

    @Test
    void pairWithUnknownOptionNamesIt() {
        int code = pair("--platfrom", "http://127.0.0.1:9");

        assertThat(code).isEqualTo(StationCommand.USAGE_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("未知选项 --platfrom");
    }

    private int pair(String... args) {
        return StationCommand.pair(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

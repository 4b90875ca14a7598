package cn.overloadcontrol.tools;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tools led} through the real {@code main}, in its own JVM: no web server or database starts. */
class LedCommandProcessTest {

    @TempDir
    Path directory;

    @Test
    void mainPrintsFrameWithoutSpring() throws Exception {
        MainProcess.Result result = MainProcess.run(directory, "tools", "led", "--protocol", "rs485-board",
                "--voice", "欢迎光临");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines().toList()).containsExactly(
                "{\"hex\":\"00 64 FF FF 30 09 01 BB B6 D3 AD B9 E2 C1 D9 32 58\",\"replaced\":[]}");
        // Spring Boot would print its banner and log lines.
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void badOptionExitsTwoWithJsonError() throws Exception {
        MainProcess.Result result = MainProcess.run(directory, "tools", "led", "--protocol", "onbon-bx5k",
                "--text", "A", "--height", "-1");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr().strip()).isEqualTo("{\"error\":\"screen height -1 must be 1 to 32767 pixels\"}");
        assertThat(result.stdout()).isEmpty();
    }
}

package cn.overloadcontrol.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Tools.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void creditCodePrintsOneLinePerCode() {
        int exit = run("credit-code", "91350100M000100Y43", "91350100M000100Y44");

        assertThat(exit).isZero();
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "{\"input\":\"91350100M000100Y43\",\"normalized\":\"91350100M000100Y43\",\"status\":\"VALID\","
                        + "\"expectedCheckCharacter\":\"3\"}",
                "{\"input\":\"91350100M000100Y44\",\"normalized\":\"91350100M000100Y44\","
                        + "\"status\":\"CHECK_CHARACTER_MISMATCH\",\"expectedCheckCharacter\":\"3\"}");
    }

    @Test
    void unknownCommandIsUsageError() {
        assertThat(run("no-such-command")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown tools command: no-such-command");
    }

    @Test
    void helpListsCommands() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("credit-code");
    }
}

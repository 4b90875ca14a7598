package cn.overloadcontrol.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.overloadcontrol.OverloadControlApplication;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tools limit} through the real {@code main}, in its own JVM: no Spring context starts. */
class LimitCommandProcessTest {

    @TempDir
    Path directory;

    @Test
    void mainRunsToolsWithoutSpring() throws Exception {
        Result result = runMain("tools", "limit", "--axles", "6", "--gross", "52400", "--at", "2024-06-01T08:00:00+08:00");

        assertThat(result.exitCode()).as(result.stderr()).isZero();
        assertThat(result.stdout().lines().toList()).containsExactly("{\"limitKg\":49000,"
                + "\"basis\":\"六轴及以上汽车列车 49000kg（2016认定标准 v2016-09-21）\",\"excessKg\":3400,"
                + "\"excessRate\":6.94,\"verdict\":\"OVER_LIMIT\",\"overload\":\"NOT_JUDGEABLE\","
                + "\"ruleId\":\"6-axle-combination\",\"tableVersion\":\"2016-09-21\"}");
        // Spring Boot would print its banner and log lines.
        assertThat(result.stderr()).isEmpty();
    }

    @Test
    void badArgumentExitsTwo() throws Exception {
        Result result = runMain("tools", "limit", "--axles", "13");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("Invalid --axles 13: must be from 2 to 12");
        assertThat(result.stdout()).isEmpty();
    }

    private Result runMain(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                OverloadControlApplication.class.getName()));
        command.addAll(List.of(args));
        File stdout = directory.resolve("stdout").toFile();
        File stderr = directory.resolve("stderr").toFile();

        Process process = new ProcessBuilder(command).redirectOutput(stdout).redirectError(stderr).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("tools did not finish within 60 s: " + Files.readString(stderr.toPath()));
        }
        return new Result(process.exitValue(), Files.readString(stdout.toPath(), StandardCharsets.UTF_8),
                Files.readString(stderr.toPath(), StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}

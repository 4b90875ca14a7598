package cn.overloadcontrol.tools;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code tools limit} through the real {@code main}, in its own JVM: no Spring context starts. */
class LimitCommandProcessTest {

    @TempDir
    Path directory;

    @Test
    void mainRunsToolsWithoutSpring() throws Exception {
        MainProcess.Result result = runMain("tools", "limit", "--axles", "6", "--gross", "52400", "--at", "2024-06-01T08:00:00+08:00");

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
        MainProcess.Result result = runMain("tools", "limit", "--axles", "13");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.stderr()).contains("Invalid --axles 13: must be from 2 to 12");
        assertThat(result.stdout()).isEmpty();
    }

    private MainProcess.Result runMain(String... args) throws IOException, InterruptedException {
        return MainProcess.run(directory, args);
    }
}

package cn.overloadcontrol.tools;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.OverloadControlApplication;

/** Runs the application's real {@code main} in its own JVM, as an installer runs {@code java -jar}. */
final class MainProcess {

    private MainProcess() {
    }

    /** Runs {@code main} with {@code args}, keeping stdout and stderr in files under {@code directory}. */
    static Result run(Path directory, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
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

    record Result(int exitCode, String stdout, String stderr) {
    }
}

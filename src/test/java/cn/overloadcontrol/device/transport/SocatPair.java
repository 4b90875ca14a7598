package cn.overloadcontrol.device.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real serial line on this machine: socat joins two pseudo-terminals and links them to
 * {@code reader} and {@code writer} in a directory of their own, so tests never share a path.
 */
final class SocatPair implements AutoCloseable {

    private final Path directory;
    private final Path reader;
    private final Path writer;
    private Process process;
    private OutputStream output;

    private SocatPair(Path directory) {
        this.directory = directory;
        this.reader = directory.resolve("ttyV0");
        this.writer = directory.resolve("ttyV1");
    }

    /** Starts socat; skips the test when socat is missing, except in CI where it must be installed. */
    static SocatPair start() throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(Path.of("/usr/bin/socat"))
                || Files.isExecutable(Path.of("/usr/local/bin/socat"));
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "socat not installed: apt-get install socat");
        }
        SocatPair pair = new SocatPair(Files.createTempDirectory("socat-pty"));
        pair.restart();
        return pair;
    }

    String readerPath() {
        return reader.toString();
    }

    /** Starts socat again on the same link paths, as when a USB adapter is plugged back in. */
    void restart() throws IOException, InterruptedException {
        process = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + reader, "pty,raw,echo=0,link=" + writer)
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("socat.log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(Files.exists(reader) && Files.exists(writer))) {
            if (System.nanoTime() > deadline || !process.isAlive()) {
                throw new IllegalStateException("socat did not create " + reader + ": "
                        + Files.readString(directory.resolve("socat.log")));
            }
            Thread.sleep(20);
        }
        output = Files.newOutputStream(writer);
    }

    /** Writes bytes into the far end, as the indicator would. */
    void write(byte[] bytes) throws IOException {
        output.write(bytes);
        output.flush();
    }

    /** Kills socat mid-stream: the reader's pseudo-terminal loses its other end. */
    void kill() throws InterruptedException {
        try {
            output.close();
        } catch (IOException ignored) {
            // The far end may already be gone.
        }
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null && process.isAlive()) {
            kill();
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(directory);
    }
}

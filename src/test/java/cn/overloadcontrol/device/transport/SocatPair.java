package cn.overloadcontrol.device.transport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import cn.overloadcontrol.device.PseudoTerminalPair;
import org.junit.jupiter.api.Assumptions;

/**
 * A real serial line on this machine: socat joins two pseudo-terminals and links them to
 * {@code reader} and {@code writer} in a directory of their own, so tests never share a path.
 */
final class SocatPair implements AutoCloseable {

    private final Path directory;
    private final Path reader;
    private final Path writer;
    private PseudoTerminalPair terminals;
    private OutputStream output;

    private SocatPair(Path directory) {
        this.directory = directory;
        this.reader = directory.resolve("ttyV0");
        this.writer = directory.resolve("ttyV1");
    }

    /** Starts socat; skips the test when socat is missing, except in CI where it must be installed. */
    static SocatPair start() throws IOException {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(PseudoTerminalPair.socatInstalled(), "socat not installed: apt-get install socat");
        }
        SocatPair pair = new SocatPair(Files.createTempDirectory("socat-pty"));
        pair.restart();
        return pair;
    }

    String readerPath() {
        return reader.toString();
    }

    /** Starts socat again on the same link paths, as when a USB adapter is plugged back in. */
    void restart() throws IOException {
        terminals = PseudoTerminalPair.start(reader, writer);
        output = Files.newOutputStream(writer);
    }

    /** Writes bytes into the far end, as the indicator would. */
    void write(byte[] bytes) throws IOException {
        output.write(bytes);
        output.flush();
    }

    /** Kills socat mid-stream: the reader's pseudo-terminal loses its other end. */
    void kill() {
        try {
            output.close();
        } catch (IOException ignored) {
            // The far end may already be gone.
        }
        terminals.close();
    }

    @Override
    public void close() throws Exception {
        if (terminals != null && terminals.isAlive()) {
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

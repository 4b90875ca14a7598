package cn.overloadcontrol.device;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Two pseudo-terminals joined by socat ({@code socat -d -d pty,raw,echo=0 pty,raw,echo=0}), a
 * real serial line on one machine: bytes written to one end are read from the other. Simulators
 * write indicator frames into one end while a serial reader opens the other by path. Linux and
 * macOS only, because socat and pseudo-terminals are POSIX.
 */
public final class PseudoTerminalPair implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(PseudoTerminalPair.class);
    /** socat {@code -d -d} prints {@code ... N PTY is /dev/pts/5} for each end it opened. */
    private static final Pattern PTY_LINE = Pattern.compile("PTY is (\\S+)");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Process process;
    private final List<String> devices = new CopyOnWriteArrayList<>();
    private final StringBuffer output = new StringBuffer();
    private final Path firstLink;
    private final Path secondLink;

    private PseudoTerminalPair(Process process, Path firstLink, Path secondLink) {
        this.process = process;
        this.firstLink = firstLink;
        this.secondLink = secondLink;
    }

    /** Returns whether an executable {@code socat} is on the PATH. */
    public static boolean socatInstalled() {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String directory : path.split(File.pathSeparator)) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, "socat"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Starts socat and waits until it has opened both pseudo-terminals.
     *
     * @throws IOException when socat is not installed, exits, or opens no terminals within 10 s
     */
    public static PseudoTerminalPair start() throws IOException {
        return start(null, null);
    }

    /**
     * Starts socat with symbolic links to the two ends, so a reader can be configured with a
     * path that stays the same across restarts. Either link may be {@code null}.
     *
     * @throws IOException when socat is not installed, exits, or opens no terminals within 10 s
     */
    public static PseudoTerminalPair start(Path firstLink, Path secondLink) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder("socat", "-d", "-d", end(firstLink), end(secondLink))
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new IOException("socat could not be started (" + e.getMessage()
                    + "): install socat, for example apt-get install socat, to create pseudo-terminals", e);
        }
        PseudoTerminalPair pair = new PseudoTerminalPair(process, firstLink, secondLink);
        pair.readOutputInBackground();
        pair.awaitTerminals();
        log.info("socat {} joined pseudo-terminals {} and {}", process.pid(), pair.firstPath(), pair.secondPath());
        return pair;
    }

    /** Returns the first end: its link when one was given, otherwise its device such as {@code /dev/pts/5}. */
    public String firstPath() {
        return firstLink != null ? firstLink.toString() : devices.get(0);
    }

    /** Returns the second end: its link when one was given, otherwise its device. */
    public String secondPath() {
        return secondLink != null ? secondLink.toString() : devices.get(1);
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Stops socat; both ends lose their other side and the links disappear. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        log.info("socat {} stopped", process.pid());
    }

    private static String end(Path link) {
        return link == null ? "pty,raw,echo=0" : "pty,raw,echo=0,link=" + link;
    }

    /** Drains socat's output for its whole life, because a full pipe would block socat. */
    private void readOutputInBackground() {
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    log.debug("socat {}: {}", process.pid(), line);
                    if (output.length() < 4_096) {
                        output.append(line).append('\n');
                    }
                    Matcher matcher = PTY_LINE.matcher(line);
                    if (matcher.find()) {
                        devices.add(matcher.group(1));
                    }
                }
            } catch (IOException e) {
                log.debug("socat {} output closed: {}", process.pid(), e.getMessage());
            }
        }, "socat-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    private void awaitTerminals() throws IOException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready()) {
            if (!process.isAlive()) {
                throw new IOException("socat exited with status " + process.exitValue() + ": " + output);
            }
            if (System.nanoTime() > deadline) {
                close();
                throw new IOException("socat opened no pseudo-terminals within " + START_TIMEOUT.toSeconds()
                        + " s: " + output);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for socat", e);
            }
        }
    }

    private boolean ready() {
        return devices.size() >= 2
                && (firstLink == null || Files.exists(firstLink))
                && (secondLink == null || Files.exists(secondLink));
    }
}

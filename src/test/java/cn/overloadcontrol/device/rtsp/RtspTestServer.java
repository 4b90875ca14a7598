package cn.overloadcontrol.device.rtsp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A real RTSP server on 127.0.0.1: GStreamer's RTSP server, run by {@code rtsp/rtsp_server.py}
 * with Debian's python3-gi, serving a 320 × 240 test pattern at 25 frames per second.
 */
public final class RtspTestServer implements AutoCloseable {

    static final int WIDTH = 320;
    static final int HEIGHT = 240;
    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path GST_RTSP_TYPELIB = Path.of("/usr/lib/x86_64-linux-gnu/girepository-1.0/GstRtspServer-1.0.typelib");

    private final Process process;
    private final String url;
    private final StringBuilder output = new StringBuilder();

    private RtspTestServer(Process process, String url) {
        this.process = process;
        this.url = url;
    }

    /**
     * Starts the server; skips the test when the GStreamer packages are missing, except in CI
     * where they must be installed.
     */
    public static RtspTestServer start(String encoding, String... credentials) throws IOException, InterruptedException {
        boolean installed = Files.isExecutable(PYTHON) && Files.exists(GST_RTSP_TYPELIB);
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(installed, "GStreamer RTSP server missing: apt-get install python3-gi "
                    + "gir1.2-gst-rtsp-server-1.0 gstreamer1.0-plugins-base gstreamer1.0-plugins-good "
                    + "gstreamer1.0-plugins-ugly");
        }
        // The tests read the stream with javacv, whose FFmpeg natives need system libraries too.
        FfmpegNatives.assumeLoadable();
        Path script = Files.createTempFile("rtsp_server", ".py");
        try (InputStream in = RtspTestServer.class.getResourceAsStream("/rtsp/rtsp_server.py")) {
            Files.write(script, in.readAllBytes());
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString(),
                Integer.toString(port), encoding));
        command.addAll(List.of(credentials));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        RtspTestServer server = new RtspTestServer(process, "rtsp://127.0.0.1:" + port + "/cam");
        server.awaitReady();
        return server;
    }

    public String url() {
        return url;
    }

    /** Kills the server at once, as when a camera loses power. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void awaitReady() throws IOException, InterruptedException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
            try {
                String line;
                while ((line = lines.readLine()) != null) {
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                    if (line.startsWith("READY")) {
                        drainInBackground(lines);
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        });
        boolean started;
        try {
            started = ready.get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            started = false;
        }
        if (!started) {
            kill();
            synchronized (output) {
                throw new IllegalStateException("The RTSP test server did not start: " + output);
            }
        }
    }

    // The pipe must be read, or the server blocks once its buffer is full.
    private void drainInBackground(BufferedReader lines) {
        Thread drain = new Thread(() -> {
            try {
                while (lines.readLine() != null) {
                    // Output after start is not needed.
                }
            } catch (IOException ignored) {
                // The server was killed.
            }
        }, "rtsp-server-output");
        drain.setDaemon(true);
        drain.start();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}

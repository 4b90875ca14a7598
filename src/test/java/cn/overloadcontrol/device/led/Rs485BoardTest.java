package cn.overloadcontrol.device.led;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedException;
import cn.overloadcontrol.device.LedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RS-485 board driver writing to a serial device server on 127.0.0.1 and to a socat serial line. */
class Rs485BoardTest {

    private static final String WELCOME_SPOKEN = "00 64 FF FF 30 09 01 BB B6 D3 AD B9 E2 C1 D9 32 58";

    @TempDir
    Path directory;

    @Test
    void tcpWritesExampleBytes() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             Rs485Board board = Rs485Board.tcp("127.0.0.1", server.getLocalPort(), Duration.ofSeconds(2), 0, 2)) {
            CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readFrom(server, 17));

            board.show(new LedMessage(java.util.List.of(), "欢迎光临"));

            assertThat(HexBytes.format(received.get(5, TimeUnit.SECONDS))).isEqualTo(WELCOME_SPOKEN);
        }
    }

    @Test
    void tcpUnreachableFailsAfterAttempts() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        try (Rs485Board board = Rs485Board.tcp("127.0.0.1", port, Duration.ofSeconds(1), 0, 2)) {
            assertThatThrownBy(() -> board.show(LedMessage.lines("A")))
                    .hasMessageStartingWith("LED 127.0.0.1:" + port + ": ")
                    .hasMessageEndingWith("after 2 attempts")
                    .extracting(e -> ((LedException) e).reason()).isEqualTo(LedException.Reason.CONNECTION_FAILED);
        }
    }

    @Test
    void serialWritesExampleBytes() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/socat")) || System.getenv("CI") != null,
                "socat not installed: apt-get install socat");
        Path board = directory.resolve("ttyBoard");
        Path far = directory.resolve("ttyFar");
        Process socat = new ProcessBuilder("socat", "pty,raw,echo=0,link=" + board, "pty,raw,echo=0,link=" + far)
                .redirectErrorStream(true).redirectOutput(directory.resolve("socat.log").toFile()).start();
        try {
            awaitLinks(board, far);
            try (InputStream in = Files.newInputStream(far);
                 Rs485Board driver = Rs485Board.serial(board.toString(), 9600, "8N1", 0, 2)) {
                CompletableFuture<byte[]> received = CompletableFuture.supplyAsync(() -> readFully(in, 17));

                driver.show(new LedMessage(java.util.List.of(), "欢迎光临"));

                assertThat(HexBytes.format(received.get(5, TimeUnit.SECONDS))).isEqualTo(WELCOME_SPOKEN);
            }
        } finally {
            socat.destroy();
            socat.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static void awaitLinks(Path... links) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        for (Path link : links) {
            while (!Files.exists(link)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("socat did not create " + link);
                }
                Thread.sleep(20);
            }
        }
    }

    private static byte[] readFrom(ServerSocket server, int length) {
        try (Socket socket = server.accept()) {
            return readFully(socket.getInputStream(), length);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readFully(InputStream in, int length) {
        try {
            return in.readNBytes(length);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

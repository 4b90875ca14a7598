package cn.overloadcontrol.device.led;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An Onbon card on 127.0.0.1 that records every frame it receives and replies to each with
 * the next scripted reply, except that {@link #SILENCE} sends nothing. Once the script is used up it
 * acknowledges.
 */
final class OnbonCardSimulator implements AutoCloseable {

    static final byte[] SILENCE = new byte[0];

    private final ServerSocket server;
    private final Deque<byte[]> replies = new ArrayDeque<>();
    private final List<byte[]> received = new ArrayList<>();
    private final Thread thread;
    private int connections;

    OnbonCardSimulator(byte[]... script) throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        replies.addAll(List.of(script));
        thread = new Thread(this::serve, "onbon-card-simulator");
        thread.setDaemon(true);
        thread.start();
    }

    static byte[] ack() {
        return OnbonFrames.frame(0x8000, new byte[] {(byte) 0xA0, 0x00, 0x00, 0x00, 0x00});
    }

    static byte[] nack(int code) {
        return OnbonFrames.frame(0x8000, new byte[] {(byte) 0xA0, 0x01, (byte) code, 0x00, 0x00});
    }

    int port() {
        return server.getLocalPort();
    }

    synchronized List<byte[]> received() {
        return List.copyOf(received);
    }

    synchronized int connections() {
        return connections;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                synchronized (this) {
                    connections++;
                }
                answer(socket);
            } catch (IOException e) {
                // The client closed the connection or the test closed the server: accept the next one.
            }
        }
    }

    private void answer(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        while (true) {
            byte[] frame = readFrame(in);
            if (frame == null) {
                return;
            }
            byte[] reply;
            synchronized (this) {
                received.add(frame);
                reply = replies.isEmpty() ? ack() : replies.poll();
            }
            if (reply != SILENCE) {
                socket.getOutputStream().write(reply);
                socket.getOutputStream().flush();
            }
        }
    }

    /** Reads up to and including 5A; returns {@code null} when the client closed the connection. */
    private static byte[] readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            frame.write(b);
            if (b == 0x5A) {
                return frame.toByteArray();
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}

package cn.overloadcontrol.device.led;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;

/** Raw TCP to a serial device server (串口服务器) that forwards the bytes to the board's RS-485 line. */
final class TcpSink implements ByteSink {

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private Socket socket;
    private OutputStream output;

    TcpSink(String host, int port, Duration connectTimeout) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " must be 1 to 65535");
        }
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
    }

    @Override
    public String device() {
        return host + ":" + port;
    }

    @Override
    public void open() throws IOException {
        if (socket != null) {
            return;
        }
        Socket candidate = new Socket();
        try {
            candidate.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            if (connectedToItself(candidate)) {
                throw new ConnectException("Connection refused: nothing listens on " + device()
                        + ", and the socket connected to itself");
            }
            output = candidate.getOutputStream();
            socket = candidate;
        } catch (IOException e) {
            candidate.close();
            throw e;
        }
    }

    /**
     * Returns whether the socket is connected to itself. When nothing listens on a local port
     * of the ephemeral range, Linux may give the connecting socket that same port, and the
     * connection succeeds on its own (TCP simultaneous open): every frame would then come back
     * as the board's reply.
     */
    private static boolean connectedToItself(Socket socket) {
        return socket.getLocalPort() == socket.getPort() && socket.getLocalAddress().equals(socket.getInetAddress());
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (output == null) {
            throw new IOException(device() + " is not connected");
        }
        output.write(bytes);
        output.flush();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // The socket is released either way.
            }
            socket = null;
            output = null;
        }
    }
}

package cn.overloadcontrol.device.transport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/** Raw TCP to a serial device server (串口服务器) that forwards the indicator's bytes unchanged. */
public final class TcpLink implements ByteLink {

    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private final int readTimeoutMillis;
    private Socket socket;
    private InputStream input;

    public TcpLink(String host, int port, Duration connectTimeout, Duration readTimeout) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " must be 1 to 65535");
        }
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
    }

    @Override
    public String device() {
        return host + ":" + port;
    }

    @Override
    public void open() throws IOException {
        close();
        Socket candidate = new Socket();
        try {
            candidate.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            candidate.setSoTimeout(readTimeoutMillis);
            input = candidate.getInputStream();
            socket = candidate;
        } catch (IOException e) {
            candidate.close();
            throw e;
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (input == null) {
            throw new IOException(device() + " is not connected");
        }
        try {
            int count = input.read(buffer);
            if (count < 0) {
                throw new IOException(device() + " closed the connection");
            }
            return count;
        } catch (SocketTimeoutException e) {
            return 0;
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing a broken socket can fail; it is released either way.
            }
            socket = null;
            input = null;
        }
    }
}

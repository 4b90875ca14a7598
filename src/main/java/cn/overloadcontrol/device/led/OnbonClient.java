package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.LedDisplay;
import cn.overloadcontrol.device.LedException;
import cn.overloadcontrol.device.LedException.Reason;
import cn.overloadcontrol.device.LedFrame;
import cn.overloadcontrol.device.LedMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An Onbon BX-5K/6K card over TCP (port 5005 by default). Each message is sent until the card
 * acknowledges it, at most {@code maxAttempts} times: a CRC rejection (NACK 5) is resent on the
 * same connection, and a missing or unreadable reply closes the connection and resends on a new
 * one. Busy (NACK 3), font missing (NACK 12) and other codes fail at once, because resending the
 * same bytes would not change the reply.
 */
public final class OnbonClient implements LedDisplay {

    public static final int DEFAULT_PORT = 5005;

    private static final Logger log = LoggerFactory.getLogger(OnbonClient.class);

    private final OnbonArea area;
    private final String host;
    private final int port;
    private final int connectTimeoutMillis;
    private final int replyTimeoutMillis;
    private final int maxAttempts;
    private Socket socket;

    public OnbonClient(OnbonArea area, String host, int port, Duration connectTimeout, Duration replyTimeout,
                       int maxAttempts) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " must be 1 to 65535");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("attempts " + maxAttempts + " must be at least 1");
        }
        this.area = area;
        this.host = host;
        this.port = port;
        this.connectTimeoutMillis = Math.toIntExact(connectTimeout.toMillis());
        this.replyTimeoutMillis = Math.toIntExact(replyTimeout.toMillis());
        this.maxAttempts = maxAttempts;
    }

    @Override
    public String device() {
        return host + ":" + port;
    }

    @Override
    public synchronized void show(LedMessage message) throws LedException {
        LedFrame frame = OnbonFrames.showText(area, message.lines());
        if (!frame.replaced().isEmpty()) {
            log.warn("LED {}: GBK lacks {}, shown as {}", device(), frame.replaced(), LedFrame.SUBSTITUTE);
        }
        LedException failure = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                OnbonReply reply = exchange(frame.bytes());
                if (reply.acknowledged()) {
                    return;
                }
                failure = rejection(reply.errorCode(), attempt);
                if (reply.errorCode() != OnbonReply.ERROR_CRC) {
                    throw failure;
                }
                log.warn("LED {}: CRC error reported (NACK 5), resending, attempt {} of {}", device(), attempt,
                        maxAttempts);
            } catch (SocketTimeoutException e) {
                failure = new LedException(Reason.NO_REPLY, "LED " + device() + ": no reply within "
                        + replyTimeoutMillis + " ms after " + attempt + " attempts", e);
                log.warn("LED {}: no reply within {} ms, reconnecting, attempt {} of {}", device(),
                        replyTimeoutMillis, attempt, maxAttempts);
                close();
            } catch (IOException | IllegalArgumentException e) {
                failure = new LedException(Reason.CONNECTION_FAILED, "LED " + device() + ": " + e.getMessage()
                        + " after " + attempt + " attempts", e);
                log.warn("LED {}: {}, reconnecting, attempt {} of {}", device(), e.getMessage(), attempt, maxAttempts);
                close();
            }
        }
        throw failure;
    }

    /** Sends one frame and reads the reply, connecting first when no connection is open. */
    private OnbonReply exchange(byte[] frame) throws IOException {
        if (socket == null) {
            socket = connect();
        }
        socket.getOutputStream().write(frame);
        socket.getOutputStream().flush();
        return OnbonReply.parse(OnbonReplyReader.read(socket.getInputStream()));
    }

    private Socket connect() throws IOException {
        Socket candidate = new Socket();
        try {
            candidate.connect(new InetSocketAddress(host, port), connectTimeoutMillis);
            candidate.setSoTimeout(replyTimeoutMillis);
            log.info("LED {}: connected", device());
            return candidate;
        } catch (IOException e) {
            candidate.close();
            throw e;
        }
    }

    private LedException rejection(int code, int attempt) {
        return switch (code) {
            case OnbonReply.ERROR_CRC -> new LedException(Reason.CRC_REJECTED,
                    "LED " + device() + ": CRC error reported (NACK 5) on all " + attempt + " attempts");
            case OnbonReply.ERROR_BUSY -> new LedException(Reason.BUSY, "LED " + device() + ": card busy (NACK 3)");
            case OnbonReply.ERROR_FONT_MISSING -> new LedException(Reason.FONT_MISSING,
                    "LED " + device() + ": font missing on the card (NACK 12); install the GBK font");
            default -> new LedException(Reason.REJECTED, "LED " + device() + ": rejected with error code " + code);
        };
    }

    @Override
    public synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // The socket is released either way.
            }
            socket = null;
        }
    }
}

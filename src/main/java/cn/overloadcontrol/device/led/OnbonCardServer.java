package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.HexBytes;
import cn.overloadcontrol.device.LedCardSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An emulated Onbon card on a loopback port. It serves one connection at a time and reads frames
 * up to the end byte 5A. It replies ACK to a valid dynamic-area frame, NACK 5 to a frame whose
 * CRC does not match, and NACK 1 to anything else it cannot read.
 */
public final class OnbonCardServer implements LedCardSimulator {

    private static final Logger log = LoggerFactory.getLogger(OnbonCardServer.class);
    private static final Charset GBK = Charset.forName("GBK");
    /** Cards reply to the controller's address. */
    private static final int REPLY_DESTINATION = 0x8000;
    private static final int NACK_INVALID = 1;
    /** A frame longer than this is not a text command; the connection is dropped. */
    private static final int MAX_FRAME = 64 * 1024;
    /** Offset of the text length in the area data: the fixed fields before it take 23 bytes. */
    private static final int TEXT_LENGTH_OFFSET = 23;

    private final ServerSocket server;
    private final Thread thread;
    private volatile List<String> shownLines = List.of();
    private volatile Instant shownAt;
    private volatile long acceptedFrames;
    private volatile Socket connection;

    private OnbonCardServer(ServerSocket server) {
        this.server = server;
        this.thread = new Thread(this::serve, "onbon-card-simulator-" + server.getLocalPort());
        this.thread.setDaemon(true);
    }

    /** Starts the card on a free port of 127.0.0.1. */
    public static OnbonCardServer start() throws IOException {
        ServerSocket socket = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        OnbonCardServer card = new OnbonCardServer(socket);
        card.thread.start();
        log.info("Simulated Onbon card listening on {}:{}", card.host(), card.port());
        return card;
    }

    @Override
    public String host() {
        return server.getInetAddress().getHostAddress();
    }

    @Override
    public int port() {
        return server.getLocalPort();
    }

    @Override
    public List<String> shownLines() {
        return shownLines;
    }

    @Override
    public Instant shownAt() {
        return shownAt;
    }

    @Override
    public long acceptedFrames() {
        return acceptedFrames;
    }

    private void serve() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                connection = socket;
                answer(socket.getInputStream(), socket.getOutputStream());
            } catch (IOException e) {
                // The driver closed the connection, or close() stopped the card: wait for the next one.
                log.debug("Simulated Onbon card {}: connection ended: {}", port(), e.getMessage());
            }
        }
    }

    private void answer(InputStream in, OutputStream out) throws IOException {
        byte[] frame;
        while ((frame = readFrame(in)) != null) {
            out.write(reply(frame));
            out.flush();
        }
    }

    /** Checks one frame and returns the reply bytes; a valid text frame updates the shown lines. */
    private byte[] reply(byte[] frame) {
        int start = 0;
        while (start < frame.length && (frame[start] & 0xFF) == OnbonFrames.PREAMBLE) {
            start++;
        }

        byte[] packet;
        try {
            packet = OnbonReply.unescape(frame, start, frame.length - 1);
        } catch (IllegalArgumentException e) {
            return rejected(frame, NACK_INVALID, "broken escape");
        }
        if (start == 0 || packet.length < OnbonFrames.HEADER_LENGTH + 2) {
            return rejected(frame, NACK_INVALID, "no preamble or shorter than header and CRC");
        }
        int expected = Crc16.arc(packet, 0, packet.length - 2);
        int received = (packet[packet.length - 2] & 0xFF) | (packet[packet.length - 1] & 0xFF) << 8;
        if (expected != received) {
            return rejected(frame, OnbonReply.ERROR_CRC, "CRC mismatch");
        }

        byte[] data = Arrays.copyOfRange(packet, OnbonFrames.HEADER_LENGTH, packet.length - 2);
        if (shortAt(packet, 12) != data.length) {
            return rejected(frame, NACK_INVALID, "data length mismatch");
        }
        List<String> lines = textOf(data);
        if (lines == null) {
            return rejected(frame, NACK_INVALID, "not a dynamic-area text command (A3 06)");
        }

        shownLines = lines;
        shownAt = Instant.now();
        acceptedFrames++;
        log.info("Simulated Onbon card {} shows {}", port(), lines);
        return OnbonFrames.frame(REPLY_DESTINATION, new byte[] {(byte) 0xA0, 0x00, 0x00, 0x00, 0x00});
    }

    /**
     * Returns the lines of the first area of an A3 06 command, or {@code null} when the data is
     * not one. The layout is the one {@link OnbonFrames} writes: 7 command bytes, the area length
     * and the area data, whose text length sits after 23 bytes of fixed fields.
     * NOTE: an area with sound or extension data places the text elsewhere; this card reads such
     * frames wrongly, which only matters for frames that the station's own encoder never writes.
     */
    private static List<String> textOf(byte[] data) {
        if (data.length < 9 || (data[0] & 0xFF) != 0xA3 || data[1] != 0x06 || data[5] != 0 || data[6] < 1) {
            return null;
        }
        int areaStart = 9;
        int areaLength = shortAt(data, 7);
        int lengthAt = areaStart + TEXT_LENGTH_OFFSET;
        if (areaStart + areaLength > data.length || lengthAt + 4 > areaStart + areaLength) {
            return null;
        }
        int textLength = shortAt(data, lengthAt) | shortAt(data, lengthAt + 2) << 16;
        int textStart = lengthAt + 4;
        if (textLength < 0 || textStart + textLength > areaStart + areaLength) {
            return null;
        }
        String text = new String(data, textStart, textLength, GBK);
        return List.of(text.split(java.util.regex.Pattern.quote(OnbonArea.DEFAULT_LINE_SEPARATOR), -1));
    }

    private byte[] rejected(byte[] frame, int code, String problem) {
        log.warn("Simulated Onbon card {} rejects frame {} with NACK {}: {}", port(), HexBytes.format(frame), code,
                problem);
        return OnbonFrames.frame(REPLY_DESTINATION, new byte[] {(byte) 0xA0, 0x01, (byte) code, 0x00, 0x00});
    }

    /** Reads up to and including 5A; returns {@code null} when the driver closed the connection. */
    private static byte[] readFrame(InputStream in) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            frame.write(b);
            if (b == OnbonFrames.END) {
                return frame.toByteArray();
            }
            if (frame.size() > MAX_FRAME) {
                throw new IOException("more than " + MAX_FRAME + " bytes without end byte 5A");
            }
        }
        return null;
    }

    private static int shortAt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) | (bytes[offset + 1] & 0xFF) << 8;
    }

    @Override
    public void close() {
        try {
            server.close();
            Socket open = connection;
            if (open != null) {
                open.close();
            }
        } catch (IOException e) {
            log.debug("Simulated Onbon card {}: close failed: {}", port(), e.getMessage());
        }
    }
}

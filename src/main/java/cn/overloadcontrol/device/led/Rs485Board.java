package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.LedDisplay;
import cn.overloadcontrol.device.LedException;
import cn.overloadcontrol.device.LedException.Reason;
import cn.overloadcontrol.device.LedFrame;
import cn.overloadcontrol.device.LedMessage;
import cn.overloadcontrol.device.transport.SerialSettings;
import java.io.IOException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The generic RS-485 display and voice board. The board sends no reply, so a message counts as
 * shown once its bytes are written; a failed write reopens the line, at most
 * {@code maxAttempts} times.
 */
public final class Rs485Board implements LedDisplay {

    private static final Logger log = LoggerFactory.getLogger(Rs485Board.class);

    private final ByteSink sink;
    private final int address;
    private final int maxAttempts;

    Rs485Board(ByteSink sink, int address, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("attempts " + maxAttempts + " must be at least 1");
        }
        this.sink = sink;
        this.address = address;
        this.maxAttempts = maxAttempts;
    }

    /** Creates the driver of a board behind a serial device server that forwards raw TCP to its RS-485 line. */
    public static Rs485Board tcp(String host, int port, Duration connectTimeout, int address, int maxAttempts) {
        return new Rs485Board(new TcpSink(host, port, connectTimeout), address, maxAttempts);
    }

    /** Creates the driver of a board on a local serial port, for example {@code /dev/ttyUSB1 9600 8N1}. */
    public static Rs485Board serial(String path, int baud, String format, int address, int maxAttempts) {
        return new Rs485Board(new SerialSink(SerialSettings.of(path, baud, format)), address, maxAttempts);
    }

    @Override
    public String device() {
        return sink.device();
    }

    @Override
    public synchronized void show(LedMessage message) throws LedException {
        LedFrame frame = Rs485BoardFrames.encode(address, message);
        if (!frame.replaced().isEmpty()) {
            log.warn("LED {}: GBK lacks {}, shown as {}", device(), frame.replaced(), LedFrame.SUBSTITUTE);
        }
        IOException failure = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                sink.open();
                sink.write(frame.bytes());
                return;
            } catch (IOException e) {
                failure = e;
                log.warn("LED {}: {}, reopening, attempt {} of {}", device(), e.getMessage(), attempt, maxAttempts);
                sink.close();
            }
        }
        throw new LedException(Reason.CONNECTION_FAILED, "LED " + device() + ": " + failure.getMessage()
                + " after " + maxAttempts + " attempts", failure);
    }

    @Override
    public synchronized void close() {
        sink.close();
    }
}

package cn.overloadcontrol.device.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;

/**
 * A local serial port through jSerialComm: no flow control, DTR and RTS held low (toggling them
 * restarted some indicators), semi-blocking reads that return as soon as a byte arrives.
 */
public final class SerialLink implements ByteLink {

    private final SerialSettings settings;
    private final int readTimeoutMillis;
    private SerialPort port;

    public SerialLink(SerialSettings settings, Duration readTimeout) {
        this.settings = settings;
        this.readTimeoutMillis = Math.toIntExact(readTimeout.toMillis());
    }

    @Override
    public String device() {
        return settings.path();
    }

    public SerialSettings settings() {
        return settings;
    }

    @Override
    public void open() throws IOException {
        close();
        SerialPort candidate = commPort();
        candidate.setComPortParameters(settings.baud(), settings.dataBits(), stopBits(), parity());
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, readTimeoutMillis, 0);
        // Before opening, these set the initial line state; a pseudo-terminal has no lines and
        // ignores them.
        candidate.clearDTR();
        candidate.clearRTS();
        if (!candidate.openPort()) {
            throw new IOException("failed to open " + settings.path() + " (error " + candidate.getLastErrorCode()
                    + "): check the path and that no other program holds the port");
        }
        port = candidate;
    }

    private SerialPort commPort() throws IOException {
        try {
            return SerialPort.getCommPort(settings.path());
        } catch (RuntimeException e) {
            throw new IOException("serial port not found at " + settings.path(), e);
        }
    }

    @Override
    public int read(byte[] buffer) throws IOException {
        if (port == null) {
            throw new IOException(settings.path() + " is not open");
        }
        int count = port.readBytes(buffer, buffer.length);
        if (count < 0) {
            throw new IOException("read from " + settings.path() + " failed (error " + port.getLastErrorCode() + ")");
        }
        return count;
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }

    private int stopBits() {
        return settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
    }

    private int parity() {
        return jSerialCommParity(settings.parity());
    }

    /** Returns the jSerialComm constant for {@code parity}. */
    public static int jSerialCommParity(Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }
}

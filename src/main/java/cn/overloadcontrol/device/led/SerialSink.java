package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.transport.SerialLink;
import cn.overloadcontrol.device.transport.SerialSettings;
import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;

/** A local serial port through jSerialComm, with flow control off and DTR and RTS held low. */
final class SerialSink implements ByteSink {

    private static final int WRITE_TIMEOUT_MILLIS = 2000;

    private final SerialSettings settings;
    private SerialPort port;

    SerialSink(SerialSettings settings) {
        this.settings = settings;
    }

    @Override
    public String device() {
        return settings.path();
    }

    @Override
    public void open() throws IOException {
        if (port != null) {
            return;
        }
        SerialPort candidate;
        try {
            candidate = SerialPort.getCommPort(settings.path());
        } catch (RuntimeException e) {
            throw new IOException("serial port not found at " + settings.path(), e);
        }
        candidate.setComPortParameters(settings.baud(), settings.dataBits(),
                settings.stopBits() == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT, SerialLink.jSerialCommParity(settings.parity()));
        candidate.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        candidate.setComPortTimeouts(SerialPort.TIMEOUT_WRITE_BLOCKING, 0, WRITE_TIMEOUT_MILLIS);
        candidate.clearDTR();
        candidate.clearRTS();
        if (!candidate.openPort()) {
            throw new IOException("failed to open " + settings.path() + " (error " + candidate.getLastErrorCode()
                    + "): check the path and that no other program holds the port");
        }
        port = candidate;
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        if (port == null) {
            throw new IOException(settings.path() + " is not open");
        }
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new IOException("wrote " + written + " of " + bytes.length + " bytes to " + settings.path()
                    + " (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public void close() {
        if (port != null) {
            port.closePort();
            port = null;
        }
    }
}

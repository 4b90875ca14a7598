package cn.overloadcontrol.device.transport;

import java.io.IOException;

/** A byte source an indicator writes to: a local serial port or a serial device server. */
public interface ByteLink extends AutoCloseable {

    /** The configured device path or host:port, for logs and health reports. */
    String device();

    void open() throws IOException;

    /**
     * Waits up to the link's read timeout for at least one byte.
     *
     * @return the number of bytes read, 0 when the timeout passed without data
     * @throws IOException when the link failed or the other end closed it
     */
    int read(byte[] buffer) throws IOException;

    /** Closes the link; safe to call when it is not open. */
    @Override
    void close();
}

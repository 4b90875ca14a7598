package cn.overloadcontrol.device.led;

import java.io.IOException;

/** Where frames for a board that does not reply are written: a serial device server or a local port. */
interface ByteSink extends AutoCloseable {

    String device();

    /** Opens the sink when it is closed; writes fail until then. */
    void open() throws IOException;

    void write(byte[] bytes) throws IOException;

    @Override
    void close();
}

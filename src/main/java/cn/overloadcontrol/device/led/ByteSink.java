package cn.overloadcontrol.device.led;

import java.io.IOException;

/** Output line to a board that does not reply: a serial device server or a local serial port. */
interface ByteSink extends AutoCloseable {

    String device();

    /** Opens the sink when it is closed; writes fail until then. */
    void open() throws IOException;

    void write(byte[] bytes) throws IOException;

    @Override
    void close();
}

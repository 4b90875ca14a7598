package cn.overloadcontrol.device;

/** An LED board at a lane exit that shows the weighing result to the driver. */
public interface LedDisplay extends AutoCloseable {

    /**
     * Sends {@code message} to the board and returns once the board accepted it (Onbon cards
     * acknowledge) or the bytes were written (the RS-485 board does not reply).
     *
     * @throws LedException when the board rejected the message or could not be reached within
     *                      the configured attempts
     */
    void show(LedMessage message) throws LedException;

    /** The host:port or serial device path, for logs and health reports. */
    String device();

    /** Closes the connection; the next {@link #show} opens it again. */
    @Override
    void close();
}

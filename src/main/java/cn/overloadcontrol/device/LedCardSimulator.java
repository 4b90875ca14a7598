package cn.overloadcontrol.device;

import java.time.Instant;
import java.util.List;

/**
 * An LED card emulated on a loopback port, for the simulated station: it reads the real frames a
 * driver sends, checks them and acknowledges them as a card would, and keeps what it last showed.
 */
public interface LedCardSimulator extends AutoCloseable {

    /** The loopback address the card listens on, for example {@code 127.0.0.1}. */
    String host();

    int port();

    /** Returns the lines shown last, top to bottom, or an empty list before the first frame. */
    List<String> shownLines();

    /** Returns when the last valid frame arrived, or {@code null} before the first one. */
    Instant shownAt();

    /** Returns the number of frames accepted since start. */
    long acceptedFrames();

    /** Stops listening and closes the open connection. */
    @Override
    void close();
}

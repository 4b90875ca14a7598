package cn.overloadcontrol.device;

import java.time.Instant;

/**
 * A running reader of one indicator, made by {@link IndicatorLinks}: one thread that owns the
 * port or socket, reopens it when frames stop, and is closed on shutdown.
 */
public interface IndicatorLink extends AutoCloseable {

    /** Starts the reader thread; results and health changes arrive on it. */
    void start();

    IndicatorLinkState state();

    /** Returns when the last valid frame arrived, or {@code null} before the first. */
    Instant lastFrameAt();

    FramerCounters counters();

    /** Stops the reader thread and closes the port. */
    @Override
    void close();
}

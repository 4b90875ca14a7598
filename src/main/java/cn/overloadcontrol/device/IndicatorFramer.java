package cn.overloadcontrol.device;

/**
 * Cuts one indicator's byte stream into frames and decodes them. A transport feeds whatever each
 * read returned, from one byte to several frames, and results go to the listener given at
 * creation. Each device has its own framer, fed by one thread, and {@link #counters()} may be
 * read from any thread.
 */
public interface IndicatorFramer {

    /** Protocol id, for example {@code yaohua-a9}. */
    String protocolId();

    /** Feeds {@code length} bytes of {@code chunk} starting at {@code offset}. */
    void accept(byte[] chunk, int offset, int length);

    default void accept(byte[] chunk) {
        accept(chunk, 0, chunk.length);
    }

    /**
     * Ends the stream: decodes a frame that only the end of input completes (a Toledo frame with
     * no checksum, a last line without a line feed), reports leftover bytes as
     * {@link RejectionReason#INCOMPLETE} and empties the buffer. Call it when the connection
     * drops so old bytes never join new ones.
     */
    void flush();

    /** Frames and rejections so far, for the device health page. */
    FramerCounters counters();

    /** Bytes waiting for the rest of their frame. Never more than the buffer capacity. */
    int bufferedBytes();
}

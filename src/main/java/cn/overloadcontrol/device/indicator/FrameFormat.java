package cn.overloadcontrol.device.indicator;

import cn.overloadcontrol.device.IndicatorReading;

/**
 * One protocol family's framing and decoding rules, driven by {@link StreamFramer}. An instance
 * belongs to one framer and may keep state about the stream (the Toledo checksum detection).
 */
interface FrameFormat {

    /** Maps each received byte before framing. Toledo clears bit 7, set when a 7E1 device is read as 8N1. */
    default byte normalize(byte received) {
        return received;
    }

    /** Index of the first byte in {@code [from, to)} that can begin a frame, or -1 when none can. */
    int findStart(byte[] buffer, int from, int to);

    /**
     * Decides where the frame beginning at {@code start} ends. {@code available} bytes from
     * {@code start} are buffered, and {@code endOfStream} is true when no more will come.
     */
    Cut cut(byte[] buffer, int start, int available, boolean endOfStream);

    /** Decodes one complete frame into a reading, or throws with the reason it is not a weight. */
    IndicatorReading decode(byte[] frame) throws FrameRejected;
}

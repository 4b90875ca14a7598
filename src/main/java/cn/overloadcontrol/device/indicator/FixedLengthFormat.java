package cn.overloadcontrol.device.indicator;

/**
 * Frames of a fixed length that begin with a start byte which never occurs inside a valid frame,
 * optionally closed by an end byte. A start byte inside a candidate means the candidate was cut
 * short and the stream resynchronizes there.
 */
abstract class FixedLengthFormat implements FrameFormat {

    /** Marks formats with no end byte. */
    static final int NO_END_BYTE = -1;

    private final byte startByte;
    private final int frameLength;
    private final int endByte;

    FixedLengthFormat(byte startByte, int frameLength, int endByte) {
        this.startByte = startByte;
        this.frameLength = frameLength;
        this.endByte = endByte;
    }

    @Override
    public int findStart(byte[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == startByte) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Cut cut(byte[] buffer, int start, int available, boolean endOfStream) {
        int inspected = Math.min(available, frameLength);
        for (int i = 1; i < inspected; i++) {
            if (buffer[start + i] == startByte) {
                return Cut.broken(i);
            }
        }
        if (available < frameLength) {
            return Cut.needMore();
        }
        if (endByte != NO_END_BYTE && buffer[start + frameLength - 1] != (byte) endByte) {
            return Cut.broken(frameLength);
        }
        return Cut.frame(frameLength);
    }
}

package cn.overloadcontrol.device.indicator;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;

import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.IndicatorFramer;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorRejection;
import cn.overloadcontrol.device.IndicatorResult;
import cn.overloadcontrol.device.IndicatorResultListener;
import cn.overloadcontrol.device.RejectionReason;

/**
 * Buffers an indicator's byte stream in a fixed-size buffer and lets a {@link FrameFormat} cut
 * and decode frames. Bytes that start no frame are reported in runs as
 * {@link RejectionReason#NOISE}. A frame that outgrows the buffer is dropped as
 * {@link RejectionReason#BUFFER_OVERFLOW}. Not thread-safe: one thread feeds it.
 */
final class StreamFramer implements IndicatorFramer {

    /** Longest noise run reported as one rejection, so garbage never accumulates. */
    static final int NOISE_RUN_LIMIT = 64;
    /** Smallest buffer: room for the longest fixed frame, its lookahead and a {@code ww} line. */
    static final int MIN_CAPACITY = 64;

    private final String protocolId;
    private final FrameFormat format;
    private final IndicatorResultListener listener;
    private final byte[] buffer;
    private int length;
    private final ByteArrayOutputStream noise = new ByteArrayOutputStream(NOISE_RUN_LIMIT);
    private final FramerStatistics statistics = new FramerStatistics();

    StreamFramer(String protocolId, FrameFormat format, IndicatorResultListener listener, int capacity) {
        this.protocolId = protocolId;
        this.format = format;
        this.listener = Objects.requireNonNull(listener, "listener");
        if (capacity < MIN_CAPACITY) {
            throw new IllegalArgumentException("framer capacity " + capacity + " is below the minimum " + MIN_CAPACITY);
        }
        this.buffer = new byte[capacity];
    }

    @Override
    public String protocolId() {
        return protocolId;
    }

    @Override
    public void accept(byte[] chunk, int offset, int count) {
        Objects.checkFromIndexSize(offset, count, chunk.length);
        int position = offset;
        int end = offset + count;
        while (position < end) {
            int copied = Math.min(buffer.length - length, end - position);
            for (int i = 0; i < copied; i++) {
                buffer[length + i] = format.normalize(chunk[position + i]);
            }
            length += copied;
            position += copied;

            drain(false);
            if (length == buffer.length) {
                dropBuffer();
            }
        }
    }

    @Override
    public void flush() {
        drain(true);
        if (length > 0) {
            reject(RejectionReason.INCOMPLETE, Arrays.copyOf(buffer, length));
            length = 0;
        }
        emitNoise();
    }

    @Override
    public FramerCounters counters() {
        return statistics.snapshot();
    }

    @Override
    public int bufferedBytes() {
        return length + noise.size();
    }

    /** Cuts and emits every complete frame in the buffer, then moves the unfinished rest to the front. */
    private void drain(boolean endOfStream) {
        int start = 0;
        while (start < length) {
            int frameStart = format.findStart(buffer, start, length);
            if (frameStart < 0) {
                addNoise(start, length - start);
                start = length;
                break;
            }
            addNoise(start, frameStart - start);
            start = frameStart;

            Cut cut = format.cut(buffer, start, length - start, endOfStream);
            if (cut.kind() == Cut.Kind.NEED_MORE) {
                break;
            }
            byte[] bytes = Arrays.copyOfRange(buffer, start, start + cut.length());
            switch (cut.kind()) {
                case FRAME -> decode(bytes);
                case BROKEN -> reject(RejectionReason.MALFORMED, bytes);
                case NOT_A_START -> addNoise(start, cut.length());
                default -> throw new IllegalStateException("Unexpected cut " + cut);
            }
            start += cut.length();
        }
        System.arraycopy(buffer, start, buffer, 0, length - start);
        length -= start;
    }

    private void decode(byte[] frame) {
        IndicatorReading reading;
        try {
            reading = format.decode(frame);
        } catch (FrameRejected rejected) {
            reject(rejected.reason(), frame);
            return;
        }
        emitNoise();
        statistics.reading();
        listener.onResult(reading);
    }

    /** Drops a candidate frame that filled the whole buffer without ending. */
    private void dropBuffer() {
        statistics.dropped(length);
        reject(RejectionReason.BUFFER_OVERFLOW, Arrays.copyOf(buffer, length));
        length = 0;
    }

    private void reject(RejectionReason reason, byte[] bytes) {
        emitNoise();
        emit(reason, bytes);
    }

    private void addNoise(int from, int count) {
        for (int i = from; i < from + count; i++) {
            noise.write(buffer[i]);
            if (noise.size() == NOISE_RUN_LIMIT) {
                emitNoise();
            }
        }
    }

    private void emitNoise() {
        if (noise.size() == 0) {
            return;
        }
        byte[] bytes = noise.toByteArray();
        noise.reset();
        statistics.noise(bytes.length);
        emit(RejectionReason.NOISE, bytes);
    }

    private void emit(RejectionReason reason, byte[] bytes) {
        statistics.rejection(reason);
        IndicatorResult result = new IndicatorRejection(reason, bytes);
        listener.onResult(result);
    }
}

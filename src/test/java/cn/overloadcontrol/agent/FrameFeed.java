package cn.overloadcontrol.agent;

import java.io.OutputStream;
import java.time.Duration;

import cn.overloadcontrol.device.IndicatorFramer;

/**
 * An output stream that hands each write straight to a framer and advances a stepping clock by
 * one frame interval first, so a simulator's frames reach the weighing cycle at exact simulated
 * times however fast the writer runs. The simulator writes one frame per call.
 */
final class FrameFeed extends OutputStream {

    private final IndicatorFramer framer;
    private final SteppingClock clock;
    private final Duration frameInterval;

    FrameFeed(IndicatorFramer framer, SteppingClock clock, Duration frameInterval) {
        this.framer = framer;
        this.clock = clock;
        this.frameInterval = frameInterval;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        clock.advance(frameInterval);
        framer.accept(bytes, offset, length);
    }
}

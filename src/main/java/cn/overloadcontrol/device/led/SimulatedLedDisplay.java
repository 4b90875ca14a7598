package cn.overloadcontrol.device.led;

import cn.overloadcontrol.device.LedDisplay;
import cn.overloadcontrol.device.LedFrame;
import cn.overloadcontrol.device.LedMessage;
import cn.overloadcontrol.device.LedProtocol;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An LED board for demos and tests without hardware. It encodes each message with the real
 * encoder, logs the frame and keeps the most recent ones. A text that does not fit the board
 * fails here as it would on site.
 */
public final class SimulatedLedDisplay implements LedDisplay {

    private static final Logger log = LoggerFactory.getLogger(SimulatedLedDisplay.class);
    private static final int KEPT_FRAMES = 50;

    private final LedProtocol protocol;
    private final int width;
    private final int height;
    private final Deque<LedFrame> frames = new ArrayDeque<>();

    public SimulatedLedDisplay(LedProtocol protocol, int width, int height) {
        this.protocol = protocol;
        this.width = width;
        this.height = height;
    }

    @Override
    public synchronized void show(LedMessage message) {
        LedFrame frame = protocol.encode(message, width, height);
        log.info("LED {}: shows {} as {}", device(), message.lines(), frame.hex());
        frames.addLast(frame);
        if (frames.size() > KEPT_FRAMES) {
            frames.removeFirst();
        }
    }

    /** Returns the frames shown so far, oldest first, at most the last {@value #KEPT_FRAMES}. */
    public synchronized List<LedFrame> frames() {
        return List.copyOf(frames);
    }

    @Override
    public String device() {
        return "simulated " + protocol.id();
    }

    @Override
    public void close() {
        // Nothing to release.
    }
}

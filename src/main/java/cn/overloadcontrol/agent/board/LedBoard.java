package cn.overloadcontrol.agent.board;

import java.time.Clock;
import java.time.Instant;

import cn.overloadcontrol.device.LedDisplay;
import cn.overloadcontrol.device.LedException;
import cn.overloadcontrol.device.LedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One configured LED board: its driver and its health. Messages are shown one at a time, so a
 * test text from the platform waits for a verdict being shown and the other way round.
 */
public final class LedBoard implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LedBoard.class);

    private final String id;
    private final String protocol;
    private final LedDisplay display;
    private final Clock clock;
    private volatile BoardHealth health;

    public LedBoard(String id, String protocol, LedDisplay display, Clock clock) {
        this.id = id;
        this.protocol = protocol;
        this.display = display;
        this.clock = clock;
        this.health = new BoardHealth(id, protocol, display.device(), BoardHealth.State.UNKNOWN, "", null, null);
    }

    /**
     * Outcome of one message.
     *
     * @param error the Chinese reason when the board did not show it, else {@code null}
     * @param at    when the attempt ended
     */
    public record ShowOutcome(String error, Instant at) {

        public boolean shown() {
            return error == null;
        }
    }

    /** Sends {@code message} and returns the outcome; a board or text failure marks the board offline instead of throwing. */
    public synchronized ShowOutcome show(LedMessage message) {
        String text = String.join(" ", message.lines());
        try {
            display.show(message);
            Instant at = clock.instant();
            if (health.state() != BoardHealth.State.ONLINE) {
                log.info("LED board {} ({}) is online", id, display.device());
            }
            health = new BoardHealth(id, protocol, display.device(), BoardHealth.State.ONLINE, "", at, text);
            return new ShowOutcome(null, at);
        } catch (LedException | RuntimeException e) {
            // IllegalArgumentException is a text that does not fit the board; other runtime errors are driver bugs.
            String reason = BoardFailures.reason(e);
            Instant at = clock.instant();
            if (health.state() != BoardHealth.State.OFFLINE || !reason.equals(health.reason())) {
                log.warn("LED board {} ({}) is offline: {}: {}", id, display.device(), reason, e.getMessage());
            }
            health = new BoardHealth(id, protocol, display.device(), BoardHealth.State.OFFLINE, reason,
                    health.lastSuccessAt(), text);
            return new ShowOutcome(reason, at);
        }
    }

    public String id() {
        return id;
    }

    public String protocol() {
        return protocol;
    }

    /** Returns the host:port or serial port of the board. */
    public String address() {
        return display.device();
    }

    public BoardHealth health() {
        return health;
    }

    @Override
    public void close() {
        display.close();
    }
}

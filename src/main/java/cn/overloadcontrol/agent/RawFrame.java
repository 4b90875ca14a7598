package cn.overloadcontrol.agent;

import java.time.Instant;
import java.util.Objects;

/**
 * Bytes of one frame as the indicator sent them, rejected frames included, kept for audit.
 *
 * @param at  when the frame arrived, by the cycle's clock
 * @param hex the bytes as upper-case hex pairs separated by spaces
 */
public record RawFrame(Instant at, String hex) {

    public RawFrame {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(hex, "hex");
    }
}

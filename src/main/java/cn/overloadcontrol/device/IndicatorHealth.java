package cn.overloadcontrol.device;

import java.time.Instant;
import java.util.Objects;

/**
 * One state change of an indicator link.
 *
 * @param device      the device path or host:port, as configured
 * @param state       the new state
 * @param reason      why the state changed, in English for the log and the platform
 * @param changedAt   when the state changed
 * @param lastFrameAt when the last valid frame arrived, or {@code null} if none has yet
 * @param counters    the framer's counters at the change
 */
public record IndicatorHealth(String device, IndicatorLinkState state, String reason, Instant changedAt,
                              Instant lastFrameAt, FramerCounters counters) {

    public IndicatorHealth {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(changedAt, "changedAt");
        Objects.requireNonNull(counters, "counters");
    }
}

package cn.overloadcontrol.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Picks the plate read that belongs to a passage over the scale. A camera reads the plate while
 * the truck drives on, shortly before the weight settles, so reads from {@code before} the
 * stable time to {@code after} it are candidates. A readable plate beats an unreadable one; then
 * the read nearest the stable time wins, then the higher confidence, then the earlier read.
 */
public final class PlateMatcher {

    private final Duration before;
    private final Duration after;

    public PlateMatcher(Duration before, Duration after) {
        if (before.isNegative() || after.isNegative()) {
            throw new IllegalArgumentException("match window " + before + " before and " + after
                    + " after the stable time must not be negative");
        }
        this.before = before;
        this.after = after;
    }

    /**
     * Returns the best read for a passage whose weight settled at {@code stableAt}, or empty when
     * no read falls in the window. An unreadable read is returned when it is the only kind in
     * the window, so the record keeps its raw text and pictures.
     */
    public Optional<PlateEvent> match(Instant stableAt, Collection<PlateEvent> events) {
        Instant from = stableAt.minus(before);
        Instant to = stableAt.plus(after);
        Comparator<PlateEvent> best = Comparator
                .comparing((PlateEvent event) -> !event.readable())
                .thenComparing(event -> Duration.between(event.time(), stableAt).abs())
                .thenComparing(event -> event.confidence() == null ? 0 : event.confidence(), Comparator.reverseOrder())
                .thenComparing(PlateEvent::time);
        return events.stream()
                .filter(event -> !event.time().isBefore(from) && !event.time().isAfter(to))
                .min(best);
    }
}

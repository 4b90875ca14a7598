package cn.overloadcontrol.device;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Picks the plate read that belongs to a passage over the scale. A camera reads the plate while
 * the truck drives on, shortly before the weight settles, so reads from {@code before} the truck
 * came on to {@code after} the stable time are candidates. A readable plate beats an unreadable
 * one; then the read nearest the stable time wins, then the higher confidence, then the earlier
 * read. The caller removes reads that an earlier passage already took, because the readable-first
 * rule would otherwise hand a previous truck's plate to a truck whose plate was unreadable.
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
        return match(stableAt, stableAt, events);
    }

    /**
     * Returns the best read for a passage whose truck came on at {@code vehicleOnAt} and whose
     * weight settled at {@code stableAt}, or empty when no read falls in the window.
     */
    public Optional<PlateEvent> match(Instant vehicleOnAt, Instant stableAt, Collection<PlateEvent> events) {
        Instant from = vehicleOnAt.minus(before);
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

package cn.overloadcontrol.device;

import cn.overloadcontrol.common.PlateColor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;

/**
 * Merges repeated plate reads. Cameras re-send an event when the station replies slowly, and
 * two cameras at one lane read the same truck: an event with the event id of an earlier one
 * from the same camera, or with the same readable plate within {@code window} of it, is merged
 * into the earlier one. Unreadable plates are never merged by plate, because "no plate" on two
 * trucks says nothing about them being one.
 */
public final class PlateEventDeduplicator {

    /** Bounds memory when a camera floods the station; older events are forgotten first. */
    private static final int MAX_REMEMBERED = 1000;

    private final Duration window;
    private final LinkedList<PlateEvent> remembered = new LinkedList<>();

    public PlateEventDeduplicator(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("de-duplication window " + window + " must not be negative");
        }
        this.window = window;
    }

    /**
     * The outcome of one event.
     *
     * @param duplicate whether the event repeated an earlier one
     * @param event     the new event, or the earlier event merged with this one
     */
    public record Result(boolean duplicate, PlateEvent event) {
    }

    /** Remembers {@code event} and returns it, or returns the earlier event it repeats, merged. */
    public synchronized Result accept(PlateEvent event) {
        forgetOlderThan(event.time().minus(window));
        for (var entries = remembered.listIterator(); entries.hasNext(); ) {
            PlateEvent earlier = entries.next();
            if (repeats(event, earlier)) {
                PlateEvent merged = merge(earlier, event);
                entries.set(merged);
                return new Result(true, merged);
            }
        }
        remembered.addLast(event);
        if (remembered.size() > MAX_REMEMBERED) {
            remembered.removeFirst();
        }
        return new Result(false, event);
    }

    private boolean repeats(PlateEvent event, PlateEvent earlier) {
        boolean sameEvent = event.cameraAddress().equals(earlier.cameraAddress())
                && event.eventId().equals(earlier.eventId());
        boolean samePlate = event.readable() && earlier.readable() && event.plate().equals(earlier.plate())
                && Duration.between(earlier.time(), event.time()).abs().compareTo(window) <= 0;
        return sameEvent || samePlate;
    }

    /**
     * Keeps the earlier event's camera, id and time, and takes from the later one what the
     * earlier lacks: a readable plate, a known colour, higher confidence, pictures.
     */
    static PlateEvent merge(PlateEvent earlier, PlateEvent later) {
        PlateEvent plateSource = earlier.readable() || !later.readable() ? earlier : later;
        PlateEvent colorSource = earlier.color() != PlateColor.UNKNOWN ? earlier : later;
        Integer confidence = max(earlier.confidence(), later.confidence());
        List<PlatePicture> pictures = new ArrayList<>(earlier.pictures());
        if (pictures.isEmpty()) {
            pictures.addAll(later.pictures());
        }
        return earlier.with(plateSource.plate(), plateSource.rawPlate(), colorSource.color(), colorSource.rawColor(),
                confidence, pictures);
    }

    private static Integer max(Integer first, Integer second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : Math.max(first, second);
    }

    private void forgetOlderThan(Instant limit) {
        Iterator<PlateEvent> entries = remembered.iterator();
        while (entries.hasNext()) {
            if (entries.next().time().isBefore(limit)) {
                entries.remove();
            }
        }
    }
}

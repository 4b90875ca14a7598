package cn.overloadcontrol.device.indicator;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.RejectionReason;

/** Live counters of one framer: written by the feeding thread, read by the health page. */
final class FramerStatistics {

    private final AtomicLong readings = new AtomicLong();
    private final Map<RejectionReason, AtomicLong> rejections = new EnumMap<>(RejectionReason.class);
    private final AtomicLong noiseBytes = new AtomicLong();
    private final AtomicLong droppedBytes = new AtomicLong();

    FramerStatistics() {
        // Filled once here and never changed, so reading the map from another thread is safe.
        for (RejectionReason reason : RejectionReason.values()) {
            rejections.put(reason, new AtomicLong());
        }
    }

    void reading() {
        readings.incrementAndGet();
    }

    void rejection(RejectionReason reason) {
        rejections.get(reason).incrementAndGet();
    }

    void noise(int bytes) {
        noiseBytes.addAndGet(bytes);
    }

    void dropped(int bytes) {
        droppedBytes.addAndGet(bytes);
    }

    FramerCounters snapshot() {
        Map<RejectionReason, Long> counts = new EnumMap<>(RejectionReason.class);
        rejections.forEach((reason, count) -> counts.put(reason, count.get()));
        return new FramerCounters(readings.get(), counts, noiseBytes.get(), droppedBytes.get());
    }
}

package cn.overloadcontrol.device;

import java.util.EnumMap;
import java.util.Map;

/**
 * Snapshot of a framer's counters.
 *
 * @param readings     frames decoded into a weight reading
 * @param rejections   rejected frames per reason, with every reason present
 * @param noiseBytes   bytes skipped because they started no frame
 * @param droppedBytes bytes dropped because a frame outgrew the buffer
 */
public record FramerCounters(long readings, Map<RejectionReason, Long> rejections, long noiseBytes,
                             long droppedBytes) {

    public FramerCounters {
        EnumMap<RejectionReason, Long> complete = new EnumMap<>(RejectionReason.class);
        for (RejectionReason reason : RejectionReason.values()) {
            complete.put(reason, rejections.getOrDefault(reason, 0L));
        }
        rejections = Map.copyOf(complete);
    }

    public long rejections(RejectionReason reason) {
        return rejections.get(reason);
    }
}

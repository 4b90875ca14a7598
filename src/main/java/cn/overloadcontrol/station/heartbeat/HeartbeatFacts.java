package cn.overloadcontrol.station.heartbeat;

import java.time.Instant;

import cn.overloadcontrol.device.IndicatorReasons;

/** A validated heartbeat, as stored. Weights in kg. */
public record HeartbeatFacts(long stationId, String keyId, Instant receivedAt, Instant sentAt,
        String indicatorDevice, String indicatorState, String indicatorReason, Instant lastFrameAt, Long readings,
        Long badFrames, Integer liveWeightKg, String cycleState, Integer backlog, Integer rejected,
        String agentVersion, boolean stopping) {

    /** Returns the indicator's reason in Chinese, also for the English reasons of older stations. */
    public String indicatorReasonText() {
        return IndicatorReasons.chinese(indicatorReason);
    }
}

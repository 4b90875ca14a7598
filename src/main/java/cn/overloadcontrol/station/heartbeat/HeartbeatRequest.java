package cn.overloadcontrol.station.heartbeat;

import java.util.List;

/**
 * The heartbeat a station sends every 30 seconds. Times are ISO-8601 strings, so that a wrong
 * value is reported with its field instead of making the whole body unreadable.
 *
 * @param sentAt       the station's clock when it sent the heartbeat
 * @param indicator    the weighing indicator link, or {@code null} when none is configured
 * @param liveWeightKg the weight on the scale now, in kg
 * @param cycleState   the weighing cycle's state name, for example {@code EMPTY} or {@code STABLE}
 * @param backlog      records journaled at the station and not yet delivered
 * @param rejected     records the platform rejected for good, kept at the station
 * @param dailyCounts  records the station journaled per China day, for the last 8 days
 */
public record HeartbeatRequest(String sentAt, Indicator indicator, Long liveWeightKg, String cycleState,
        Integer backlog, Integer rejected, String agentVersion,
        List<DailyCountReports.DailyCount> dailyCounts) {

    /**
     * The indicator link's health.
     *
     * @param state     CONNECTING, ONLINE, OFFLINE or STOPPED
     * @param reason    why the link is in that state, in English
     * @param badFrames frames rejected by the framer since the station started
     */
    public record Indicator(String device, String state, String reason, String lastFrameAt, Long readings,
            Long badFrames) {
    }
}

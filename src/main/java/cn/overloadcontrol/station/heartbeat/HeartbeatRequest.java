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
 * @param cameras      the lane cameras and plate cameras, or {@code null} when the station does not report them
 * @param boards       the LED boards, or {@code null} when the station does not report them
 * @param stopping     true in the last heartbeat of a station that stops cleanly
 * @param dailyCounts  records the station journaled per China day, for the last 8 days
 */
public record HeartbeatRequest(String sentAt, Indicator indicator, Long liveWeightKg, String cycleState,
        Integer backlog, Integer rejected, String agentVersion, List<Camera> cameras, List<Board> boards,
        Boolean stopping, List<DailyCountReports.DailyCount> dailyCounts) {

    /**
     * A camera's health.
     *
     * @param type    RTSP for a lane camera, PLATE for a plate camera
     * @param state   ONLINE, OFFLINE or UNKNOWN (not used since the station started)
     * @param address host or RTSP address without credentials
     * @param reason  Chinese text for the office's screens
     */
    public record Camera(String id, String position, String type, String vendor, String address, String state,
            String reason, String lastSuccessAt) {
    }

    /**
     * An LED board's health.
     *
     * @param lastText the last text the station sent to the board
     */
    public record Board(String id, String protocol, String address, String state, String reason,
            String lastSuccessAt, String lastText) {
    }

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

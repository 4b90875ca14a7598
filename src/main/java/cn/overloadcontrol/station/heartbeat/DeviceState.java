package cn.overloadcontrol.station.heartbeat;

import java.time.Instant;

/**
 * The latest state of a camera or LED board as its station reported it.
 *
 * @param kind          CAMERA or BOARD
 * @param position      FRONT, REAR, SIDE, TOP or CARGO for a lane camera, else {@code null}
 * @param type          RTSP or PLATE for a camera, {@code null} for a board
 * @param state         ONLINE, OFFLINE or UNKNOWN
 * @param reason        why it is in that state, Chinese text, or {@code null}
 * @param lastText      the last text sent to a board, {@code null} for a camera
 * @param reportedAt    when the heartbeat that carried this state arrived
 */
public record DeviceState(String kind, String id, String position, String type, String vendor, String protocol,
        String address, String state, String reason, Instant lastSuccessAt, String lastText, Instant reportedAt) {

    public static final String CAMERA = "CAMERA";
    public static final String BOARD = "BOARD";

    public boolean online() {
        return "ONLINE".equals(state);
    }

    public boolean offline() {
        return "OFFLINE".equals(state);
    }
}

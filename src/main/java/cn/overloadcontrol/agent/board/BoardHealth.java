package cn.overloadcontrol.agent.board;

import java.time.Instant;

/**
 * A board's state for the heartbeat and the local page.
 *
 * @param id            the configured board id
 * @param protocol      the configured protocol id, for example {@code onbon-bx5k}
 * @param address       host:port or serial port, never with credentials
 * @param state         {@code UNKNOWN} until the first message, then {@code ONLINE} or {@code OFFLINE}
 * @param reason        why the board is offline, in Chinese; empty otherwise
 * @param lastSuccessAt when the board last accepted a message, or {@code null}
 * @param lastText      the text last sent, shown or not, or {@code null}
 */
public record BoardHealth(String id, String protocol, String address, State state, String reason,
        Instant lastSuccessAt, String lastText) {

    public enum State {
        ONLINE,
        OFFLINE,
        UNKNOWN
    }
}

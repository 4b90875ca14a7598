package cn.overloadcontrol.agent.board;

import cn.overloadcontrol.device.LedMessage;

/**
 * The station's own verdict on a record and the board message for it. The platform judges the
 * record again with the vehicle registry; this one only decides what the board shows the driver at once.
 *
 * @param kind    compliant, over the limit, or unknown when the record lacks the facts
 * @param limitKg the legal limit, or {@code null} when unknown
 * @param message the board text and voice rendered from the template of {@code kind}
 */
public record LocalVerdict(Kind kind, Integer limitKg, LedMessage message) {

    /** The three board texts: 合规, 超限 (including the warning band) and 结论未知. */
    public enum Kind {
        COMPLIANT,
        OVER_LIMIT,
        UNKNOWN
    }

    /** Returns the board lines joined by spaces, as journaled and sent to the platform. */
    public String text() {
        return String.join(" ", message.lines());
    }
}

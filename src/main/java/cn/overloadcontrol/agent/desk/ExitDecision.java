package cn.overloadcontrol.agent.desk;

import cn.overloadcontrol.device.LedMessage;

/**
 * The action of the exit for one plate read.
 *
 * @param openBarrier  true to lift the barrier
 * @param boardMessage the text for the board behind the camera, or {@code null} to leave it as it is
 */
public record ExitDecision(boolean openBarrier, LedMessage boardMessage) {

    /** Keeps the barrier closed and the board unchanged, for a plate the station has no record of. */
    public static ExitDecision keepClosed() {
        return new ExitDecision(false, null);
    }
}

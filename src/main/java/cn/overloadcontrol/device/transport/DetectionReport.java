package cn.overloadcontrol.device.transport;

import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import java.util.List;
import java.util.Optional;

/**
 * Outcome of auto-detection on one port.
 *
 * @param proposal what to configure, present only after enough consecutive valid frames
 * @param attempts every setting tried, in order
 * @param summary  one sentence for the installer: the proposal, or why there is none
 */
public record DetectionReport(Optional<Proposal> proposal, List<DetectionAttempt> attempts, String summary) {

    /**
     * A setting that produced consecutive valid frames.
     *
     * @param setting  baud rate and character format
     * @param protocol the protocol that decoded them
     * @param frames   the consecutive readings seen
     */
    public record Proposal(LineSetting setting, IndicatorProtocol protocol, List<IndicatorReading> frames) {
    }
}

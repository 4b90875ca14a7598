package cn.overloadcontrol.agent.platform;

import java.time.Instant;

/**
 * The forwarder's state, for the local page and the heartbeat.
 *
 * @param paired          a credential is stored
 * @param backlog         records written to the journal and not yet delivered
 * @param rejected        records the platform rejected for good
 * @param lastDeliveredAt when the platform last accepted a batch, or {@code null}
 * @param lastError       the last failure in English, or {@code null} after a success
 * @param nextAttemptAt   when the next attempt after a failure is due, or {@code null}
 */
public record ForwarderStatus(boolean paired, int backlog, int rejected, Instant lastDeliveredAt, String lastError,
        Instant nextAttemptAt) {
}

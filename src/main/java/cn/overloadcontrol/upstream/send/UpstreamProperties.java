package cn.overloadcontrol.upstream.send;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the upload sender ({@code app.upstream}). Per-target settings such as timeouts,
 * batch size and attempts live in the target rows.
 *
 * @param senderEnabled whether the scheduled sender runs in this instance
 * @param lease how long a claimed task belongs to its sender. It must exceed the longest
 *        request, because another instance sends the task again once the lease runs out
 * @param backoffBase the wait after the first failed attempt, doubled for each further attempt
 * @param backoffMax the longest wait between attempts
 * @param runBudget how long one scheduled run may keep sending to one target before the next
 *        target gets its turn
 */
@ConfigurationProperties("app.upstream")
public record UpstreamProperties(
        @DefaultValue("true") boolean senderEnabled,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("5s") Duration backoffBase,
        @DefaultValue("30m") Duration backoffMax,
        @DefaultValue("10s") Duration runBudget) {
}

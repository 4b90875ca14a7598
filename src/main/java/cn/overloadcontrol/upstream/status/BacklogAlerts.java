package cn.overloadcontrol.upstream.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The backlog alert: a target is late when its oldest pending task is older than the target's
 * limit (10 minutes unless edited). The alert is shown on the status screen, logged once when it
 * starts and once when it ends, and reported by the {@code upstreamBacklog} health indicator
 * with the status {@code BACKLOG}. Dead letters are reported the same way, because they are never
 * sent unless someone sends them again. Application.yml maps {@code BACKLOG} application.yml maps to HTTP 200 so that a late upper
 * platform never takes this instance out of a load balancer.
 */
@Component("upstreamBacklog")
public class BacklogAlerts implements HealthIndicator {

    static final Status BACKLOG = new Status("BACKLOG",
            "an upload target has tasks older than its alert limit or dead letters");

    private static final Logger log = LoggerFactory.getLogger(BacklogAlerts.class);

    private final UploadStatusQueries status;
    private final Set<Long> alerting = ConcurrentHashMap.newKeySet();
    private final Set<Long> withDeadLetters = ConcurrentHashMap.newKeySet();

    BacklogAlerts(UploadStatusQueries status) {
        this.status = status;
    }

    /** Returns the targets whose backlog is late now. */
    public List<TargetStatus> late() {
        return status.all().stream().filter(TargetStatus::alert).toList();
    }

    @Scheduled(fixedDelayString = "${app.upstream.alert-check-interval:1m}", initialDelayString = "1m")
    void logChanges() {
        for (TargetStatus target : status.all()) {
            long id = target.target().id();
            if (target.alert() && alerting.add(id)) {
                log.warn("Upload target {} is late: {} tasks pending, the oldest since {} ({} min, limit {} min)",
                        target.target().code(), target.backlog(), target.oldestPendingAt(),
                        target.oldestPendingMinutes(), target.target().alertAfter().toMinutes());
            } else if (!target.alert() && alerting.remove(id)) {
                log.info("Upload target {} caught up: {} tasks pending", target.target().code(), target.backlog());
            }
            logDeadLetterChange(target);
        }
    }

    private void logDeadLetterChange(TargetStatus target) {
        long id = target.target().id();
        if (target.deadLetterAlert() && withDeadLetters.add(id)) {
            log.warn("Upload target {} has {} dead letters that are no longer retried, so send them again on its page",
                    target.target().code(), target.dead());
        } else if (!target.deadLetterAlert() && withDeadLetters.remove(id)) {
            log.info("Upload target {} has no dead letters left", target.target().code());
        }
    }

    @Override
    public Health health() {
        List<TargetStatus> alerting = status.all().stream().filter(TargetStatus::anyAlert).toList();
        if (alerting.isEmpty()) {
            return Health.up().build();
        }
        Health.Builder health = Health.status(BACKLOG);
        for (TargetStatus target : alerting) {
            health.withDetail(target.target().code(), describe(target));
        }
        return health.build();
    }

    private static String describe(TargetStatus target) {
        List<String> parts = new ArrayList<>();
        if (target.alert()) {
            parts.add("%d pending, oldest %d min".formatted(target.backlog(), target.oldestPendingMinutes()));
        }
        if (target.deadLetterAlert()) {
            parts.add("%d dead letters".formatted(target.dead()));
        }
        return String.join(", ", parts);
    }
}

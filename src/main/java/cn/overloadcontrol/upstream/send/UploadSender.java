package cn.overloadcontrol.upstream.send;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.overloadcontrol.upstream.UploadFormat;
import cn.overloadcontrol.upstream.UploadItem;
import cn.overloadcontrol.upstream.outbox.ClaimedTask;
import cn.overloadcontrol.upstream.outbox.TaskKind;
import cn.overloadcontrol.upstream.outbox.TaskStore;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due upload tasks. Each round per target claims one batch (list pushes first, then
 * records, then media), sends it in one request without any open transaction, and settles the
 * tasks by the response: delivered, retried later with backoff, or dead-lettered. The circuit
 * breaker decides whether a round may send a full batch, a single probe, or nothing.
 */
@Component
public class UploadSender {

    private static final Logger log = LoggerFactory.getLogger(UploadSender.class);
    private static final int MEDIA_PER_ROUND = 10;

    private final TargetStore targets;
    private final TaskStore tasks;
    private final PayloadAssembler payloads;
    private final UploadFormats formats;
    private final TargetClient client;
    private final CircuitBreakers breakers;
    private final UpstreamProperties properties;
    private final Backoff backoff;
    private final RegistryPayloads registries;
    private final String owner;

    UploadSender(TargetStore targets, TaskStore tasks, PayloadAssembler payloads, UploadFormats formats,
            TargetClient client, CircuitBreakers breakers, UpstreamProperties properties,
            RegistryPayloads registries) {
        this.targets = targets;
        this.tasks = tasks;
        this.payloads = payloads;
        this.formats = formats;
        this.client = client;
        this.breakers = breakers;
        this.properties = properties;
        this.registries = registries;
        this.backoff = new Backoff(properties.backoffBase(), properties.backoffMax());
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Scheduled(fixedDelayString = "${app.upstream.interval:2s}", initialDelayString = "${app.upstream.initial-delay:20s}")
    void scheduledRun() {
        if (properties.senderEnabled()) {
            sendDue();
        }
    }

    /** Sends due tasks to every target that may send now; returns how many tasks were delivered. */
    public int sendDue() {
        int delivered = 0;
        for (UploadTarget target : targets.all()) {
            if (!target.sendable()) {
                continue;
            }
            try {
                delivered += sendTarget(target);
            } catch (RuntimeException e) {
                // Claimed tasks stay leased and become due again when the lease runs out.
                log.error("Upload round for target {} failed", target.code(), e);
            }
        }
        return delivered;
    }

    /** Sends rounds to one target until nothing is due, the breaker stops it, or the run budget is spent. */
    public int sendTarget(UploadTarget target) {
        Optional<UploadFormat> format = formats.find(target.format());
        if (format.isEmpty()) {
            log.warn("Upload target {} has the unknown format '{}'; known formats: {}", target.code(),
                    target.format(), formats.keys());
            return 0;
        }
        Instant deadline = Instant.now().plus(properties.runBudget());
        int delivered = 0;
        while (Instant.now().isBefore(deadline)) {
            CircuitBreakers.Permit permit = breakers.permit(target.id());
            if (permit == CircuitBreakers.Permit.WAIT) {
                break;
            }
            Round round = sendRound(target, format.get(), permit == CircuitBreakers.Permit.PROBE);
            if (round.claimed() == 0) {
                break;
            }
            delivered += round.delivered();
        }
        if (delivered > 0) {
            log.info("Delivered {} upload tasks to target {}", delivered, target.code());
        }
        return delivered;
    }

    private record Round(int claimed, int delivered) {
    }

    private Round sendRound(UploadTarget target, UploadFormat format, boolean probe) {
        int limit = probe ? 1 : target.batchSize();
        List<ClaimedTask> claimed = claim(target, List.of(TaskKind.UNIT, TaskKind.STATION), 1);
        if (!claimed.isEmpty()) {
            return new Round(1, sendRegistry(target, format, claimed.get(0)));
        }
        claimed = claim(target, List.of(TaskKind.RECORD), limit);
        if (!claimed.isEmpty()) {
            return new Round(claimed.size(), sendRecords(target, format, claimed));
        }
        claimed = claim(target, List.of(TaskKind.MEDIA), probe ? 1 : MEDIA_PER_ROUND);
        int delivered = 0;
        for (ClaimedTask task : claimed) {
            delivered += sendMedia(target, format, task);
        }
        return new Round(claimed.size(), delivered);
    }

    private List<ClaimedTask> claim(UploadTarget target, List<TaskKind> kinds, int limit) {
        return tasks.claim(target.id(), kinds, limit, target.orderedPerStation(), properties.lease(), owner);
    }

    private int sendRecords(UploadTarget target, UploadFormat format, List<ClaimedTask> claimed) {
        Map<Long, UploadItem.Record> items = payloads.records(target, claimed);
        List<Long> missing = claimed.stream().map(ClaimedTask::id).filter(id -> !items.containsKey(id)).toList();
        tasks.dead(missing, "the record no longer exists", null);
        if (items.isEmpty()) {
            return 0;
        }
        List<ClaimedTask> sendable = claimed.stream().filter(task -> items.containsKey(task.id())).toList();
        byte[] body = format.recordBody(target, new ArrayList<>(items.values()));
        return send(target, target.recordPath(), body, sendable);
    }

    private int sendMedia(UploadTarget target, UploadFormat format, ClaimedTask task) {
        Optional<UploadItem.Media> item = payloads.media(task);
        if (item.isEmpty()) {
            tasks.dead(List.of(task.id()), "the media file or its record no longer exists", null);
            return 0;
        }
        return send(target, target.mediaPath(), format.mediaBody(target, item.get()), List.of(task));
    }

    private int sendRegistry(UploadTarget target, UploadFormat format, ClaimedTask task) {
        UploadItem.Registry registry = registries.registry(task);
        String path = task.kind() == TaskKind.UNIT ? target.unitPath() : target.stationPath();
        if (path == null) {
            tasks.dead(List.of(task.id()), "the target has no endpoint for the " + task.kind() + " list", null);
            return 0;
        }
        return send(target, path, format.registryBody(target, registry), List.of(task));
    }

    /** Sends one request for {@code batch} and settles its tasks; returns how many were delivered. */
    private int send(UploadTarget target, String path, byte[] body, List<ClaimedTask> batch) {
        Instant started = Instant.now();
        DeliveryOutcome outcome = client.post(target, path, body, idempotencyKey(batch));
        long latency = Duration.between(started, Instant.now()).toMillis();
        List<Long> ids = batch.stream().map(ClaimedTask::id).toList();
        tasks.logAttempt(target.id(), started, latency, batch.size(), outcome.kind().name(), outcome.httpStatus(),
                outcome.error());
        switch (outcome.kind()) {
            case SUCCESS -> {
                tasks.delivered(ids, outcome.httpStatus());
                breakers.success(target.id(), target.code());
                log.debug("Delivered {} tasks to {} in {} ms", ids.size(), target.code(), latency);
                return ids.size();
            }
            case PERMANENT -> {
                // The target responded, so it is up: it rejects the content, not the request.
                breakers.success(target.id(), target.code());
                tasks.dead(ids, outcome.error(), outcome.httpStatus());
                log.warn("Target {} rejected tasks {}; moved to dead letters: {}", target.code(), ids,
                        outcome.error());
                return 0;
            }
            default -> {
                retry(target, batch, ids, outcome);
                return 0;
            }
        }
    }

    private void retry(UploadTarget target, List<ClaimedTask> batch, List<Long> ids, DeliveryOutcome outcome) {
        if (outcome.throttledByTarget()) {
            Instant until = Instant.now().plus(outcome.retryAfter());
            breakers.holdUntil(target.id(), until);
            tasks.retryLater(ids, until, target.maxAttempts(), outcome.error(), outcome.httpStatus(), false);
            log.warn("Target {} throttles uploads; holding {} tasks until {}", target.code(), ids.size(), until);
            return;
        }
        breakers.failure(target.id(), target.code(), target.breakerThreshold(), target.breakerOpen());
        int attempts = batch.stream().mapToInt(ClaimedTask::attempts).max().orElse(1);
        Instant due = Instant.now().plus(backoff.after(attempts));
        tasks.retryLater(ids, due, target.maxAttempts(), outcome.error(), outcome.httpStatus(), true);
        if (attempts >= target.maxAttempts()) {
            log.warn("Upload to {} failed on the last of {} attempts; dead letters: {}; last error: {}",
                    target.code(), target.maxAttempts(), ids, outcome.error());
        } else {
            log.warn("Upload of {} tasks to {} failed (attempt {}), retry at {}: {}", ids.size(), target.code(),
                    attempts, due, outcome.error());
        }
    }

    /**
     * Returns the key of one task, or for a batch a name-based UUID of its tasks' keys. A retry
     * of the same batch sends the same key, and each item in the body carries its own task key.
     */
    static String idempotencyKey(List<ClaimedTask> batch) {
        if (batch.size() == 1) {
            return batch.get(0).idempotencyKey();
        }
        String joined = String.join(",", batch.stream().map(ClaimedTask::idempotencyKey).sorted().toList());
        return UUID.nameUUIDFromBytes(Signatures.utf8(joined)).toString();
    }
}

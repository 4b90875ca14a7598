package cn.overloadcontrol.upstream.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.upstream.outbox.TaskKind;
import cn.overloadcontrol.upstream.outbox.TaskStore;
import cn.overloadcontrol.upstream.outbox.UploadOutbox;
import cn.overloadcontrol.upstream.send.CircuitBreakers;
import cn.overloadcontrol.upstream.target.TargetSettings;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes operators make on the upload screens: target settings, pause and resume, and the
 * retry of dead letters. Every change is audited in its own transaction; a secret appears in
 * the audit only as "changed".
 */
@Service
public class UploadAdmin {

    static final String OBJECT_TYPE = "upstream_target";

    private static final Logger log = LoggerFactory.getLogger(UploadAdmin.class);

    /** The settings break rules; nothing was stored. */
    public static class InvalidSettingsException extends RuntimeException {
        private final transient List<FieldProblem> problems;

        InvalidSettingsException(List<FieldProblem> problems) {
            super("invalid upload target settings: " + problems.stream().map(FieldProblem::field).toList());
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** Another user saved the target first. */
    public static class StaleTargetException extends RuntimeException {
        StaleTargetException(long id) {
            super("upload target " + id + " was changed by someone else");
        }
    }

    private final TargetStore targets;
    private final TaskStore tasks;
    private final CircuitBreakers breakers;
    private final TargetSettingsValidator validator;
    private final AuditLog audit;
    private final UploadOutbox outbox;

    UploadAdmin(TargetStore targets, TaskStore tasks, CircuitBreakers breakers, TargetSettingsValidator validator,
            AuditLog audit, UploadOutbox outbox) {
        this.outbox = outbox;
        this.targets = targets;
        this.tasks = tasks;
        this.breakers = breakers;
        this.validator = validator;
        this.audit = audit;
    }

    /** Checks settings without storing them, so a form with a type error can show all its problems. */
    public List<FieldProblem> check(long id, TargetSettings settings, String newSecret) {
        UploadTarget before = targets.find(id).orElseThrow(() -> new TargetNotFoundException(id));
        return validator.validate(settings, newSecret, before.hasSecret());
    }

    /** Stores new settings; a blank {@code newSecret} keeps the stored secret. */
    @Transactional
    public void update(long id, long expectedVersion, TargetSettings settings, String newSecret) {
        UploadTarget before = targets.find(id).orElseThrow(() -> new TargetNotFoundException(id));
        List<FieldProblem> problems = validator.validate(settings, newSecret, before.hasSecret());
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        if (!targets.update(id, expectedVersion, settings, newSecret)) {
            throw new StaleTargetException(id);
        }
        breakers.reset(id);
        if (settings.enabled() && !before.enabled()) {
            // A newly enabled platform needs the unit and station lists before the first records.
            outbox.enqueueRegistry(TaskKind.UNIT);
            outbox.enqueueRegistry(TaskKind.STATION);
        }
        Map<String, Object> after = auditFields(targets.find(id).orElseThrow());
        if (newSecret != null && !newSecret.isEmpty()) {
            after.put("secret", "(changed)");
        }
        audit.record(AuditEntry.success(AuditAction.UPDATE, OBJECT_TYPE, id, before.name(),
                AuditChanges.diff(auditFields(before), after)));
        log.info("Upload target {} settings updated", before.code());
    }

    @Transactional
    public void pause(long id) {
        setPaused(id, true);
    }

    @Transactional
    public void resume(long id) {
        setPaused(id, false);
        breakers.reset(id);
    }

    private void setPaused(long id, boolean paused) {
        UploadTarget target = targets.find(id).orElseThrow(() -> new TargetNotFoundException(id));
        targets.setPaused(id, paused);
        audit.record(AuditEntry.success(AuditAction.STATUS_CHANGE, OBJECT_TYPE, id, target.name(),
                AuditChanges.diff(Map.of("paused", target.paused()), Map.of("paused", paused))));
        log.info("Upload target {} {}", target.code(), paused ? "paused" : "resumed");
    }

    /** Puts one dead letter back in the queue; returns false when it is not a dead letter of the target. */
    @Transactional
    public boolean retryDead(long targetId, long taskId) {
        UploadTarget target = targets.find(targetId).orElseThrow(() -> new TargetNotFoundException(targetId));
        boolean retried = tasks.retryDead(targetId, taskId);
        if (retried) {
            audit.record(AuditEntry.success(AuditAction.UPDATE, OBJECT_TYPE, targetId, target.name())
                    .withDetail("retry dead letter " + taskId));
            log.info("Dead letter {} of upload target {} queued again", taskId, target.code());
        }
        return retried;
    }

    /** Puts every dead letter of the target back in the queue; returns how many. */
    @Transactional
    public int retryAllDead(long targetId) {
        UploadTarget target = targets.find(targetId).orElseThrow(() -> new TargetNotFoundException(targetId));
        int retried = tasks.retryAllDead(targetId);
        audit.record(AuditEntry.success(AuditAction.UPDATE, OBJECT_TYPE, targetId, target.name())
                .withDetail("retry all " + retried + " dead letters"));
        log.info("{} dead letters of upload target {} queued again", retried, target.code());
        return retried;
    }

    private static Map<String, Object> auditFields(UploadTarget target) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", target.name());
        fields.put("format", target.format());
        fields.put("enabled", target.enabled());
        fields.put("baseUrl", target.baseUrl());
        fields.put("recordPath", target.recordPath());
        fields.put("mediaPath", target.mediaPath());
        fields.put("unitPath", target.unitPath());
        fields.put("stationPath", target.stationPath());
        fields.put("mediaMode", target.mediaMode().name());
        fields.put("batchSize", target.batchSize());
        fields.put("connectTimeoutMs", target.connectTimeout().toMillis());
        fields.put("readTimeoutMs", target.readTimeout().toMillis());
        fields.put("maxAttempts", target.maxAttempts());
        fields.put("orderedPerStation", target.orderedPerStation());
        fields.put("authKind", target.authKind().name());
        fields.put("appKey", target.appKey());
        fields.put("signTemplate", target.signTemplate());
        fields.put("tokenPath", target.tokenPath());
        fields.put("responseCodePath", target.responseCodePath());
        fields.put("alertAfterMinutes", target.alertAfter().toMinutes());
        return fields;
    }
}

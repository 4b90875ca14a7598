package cn.overloadcontrol.audit;

import java.util.Map;

/**
 * One event to record. The actor and the remote address are taken from the current request by
 * {@link AuditLog}; set them here only for events outside a logged-in request, such as a failed
 * login.
 */
public record AuditEntry(
        AuditAction action,
        String objectType,
        String objectId,
        String objectLabel,
        Map<String, FieldChange> changes,
        AuditResult result,
        String detail,
        String actorOverride,
        Long actorUserIdOverride,
        String remoteAddrOverride) {

    public static AuditEntry success(AuditAction action, String objectType, Object objectId, String objectLabel,
            Map<String, FieldChange> changes) {
        return new AuditEntry(action, objectType, objectId == null ? null : objectId.toString(), objectLabel, changes,
                AuditResult.SUCCESS, null, null, null, null);
    }

    public static AuditEntry success(AuditAction action, String objectType, Object objectId, String objectLabel) {
        return success(action, objectType, objectId, objectLabel, Map.of());
    }

    public AuditEntry withDetail(String newDetail) {
        return new AuditEntry(action, objectType, objectId, objectLabel, changes, result, newDetail, actorOverride,
                actorUserIdOverride, remoteAddrOverride);
    }

    public AuditEntry withResult(AuditResult newResult) {
        return new AuditEntry(action, objectType, objectId, objectLabel, changes, newResult, detail, actorOverride,
                actorUserIdOverride, remoteAddrOverride);
    }

    public AuditEntry withActor(String actor, Long actorUserId, String remoteAddr) {
        return new AuditEntry(action, objectType, objectId, objectLabel, changes, result, detail, actor, actorUserId,
                remoteAddr);
    }
}

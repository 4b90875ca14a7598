package cn.overloadcontrol.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One stored audit event, as the audit log screen shows it. */
public record AuditRecord(
        long id,
        OffsetDateTime occurredAt,
        String actor,
        String remoteAddr,
        AuditAction action,
        String objectType,
        String objectId,
        String objectLabel,
        Map<String, FieldChange> changes,
        AuditResult result,
        String detail) {
}

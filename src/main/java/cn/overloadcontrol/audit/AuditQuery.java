package cn.overloadcontrol.audit;

import java.time.OffsetDateTime;

/** Filters of the audit log screen; a {@code null} or blank filter is not applied. */
public record AuditQuery(
        String actor,
        AuditAction action,
        String objectType,
        String objectId,
        AuditResult result,
        OffsetDateTime from,
        OffsetDateTime to) {

    public static AuditQuery none() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }
}

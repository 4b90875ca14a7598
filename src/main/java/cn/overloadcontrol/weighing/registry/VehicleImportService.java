package cn.overloadcontrol.weighing.registry;

import java.util.Locale;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.weighing.VehicleRegistry;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a checked registry file: every row or, on any failure, none, with one audit entry. */
@Service
class VehicleImportService {

    static final String AUDIT_OBJECT_TYPE = "vehicle_registry";

    private final VehicleRegistry registry;
    private final AuditLog audit;
    private final MessageSource messages;

    VehicleImportService(VehicleRegistry registry, AuditLog audit, MessageSource messages) {
        this.registry = registry;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional
    int commit(VehicleImportDraft draft) {
        if (!draft.importable()) {
            throw new IllegalStateException("Draft " + draft.token() + " has rows with problems");
        }
        int count = registry.upsertAll(draft.registrations(), message("vehicle.import.source", draft.fileName()));
        audit.record(AuditEntry.success(AuditAction.IMPORT, AUDIT_OBJECT_TYPE, null, draft.fileName())
                .withDetail(message("vehicle.import.audit.detail", count, draft.fileName())));
        return count;
    }

    /** Formats stored texts (the row source, the audit detail) in Chinese whatever the request's locale. */
    private String message(String key, Object... args) {
        return messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE);
    }
}

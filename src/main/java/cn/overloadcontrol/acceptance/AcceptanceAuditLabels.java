package cn.overloadcontrol.acceptance;

import cn.overloadcontrol.audit.AuditValueLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Shows the stored enum values of acceptance, checklist and sampling audit entries in Chinese,
 * for example 状态 有效 → 已被重抽替代 in place of ACTIVE → SUPERSEDED.
 */
@Component
class AcceptanceAuditLabels implements AuditValueLabels {

    private final MessageSourceAccessor messages;

    AcceptanceAuditLabels(MessageSource messageSource) {
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @Override
    public String label(String objectType, String field, Object value) {
        String text = String.valueOf(value);
        return switch (objectType == null ? "" : objectType) {
            case AcceptanceService.AUDIT_OBJECT_TYPE -> acceptance(field, text);
            case "acceptance_item" -> "outcome".equals(field) ? message("acceptance.outcome.", text) : null;
            case Sampling.AUDIT_OBJECT_TYPE -> samplingDraw(field, text);
            case "sampling_unit" -> "outcome".equals(field) ? message("sampling.outcome.", text) : null;
            case ChecklistTemplate.AUDIT_OBJECT_TYPE -> "checkKey".equals(field)
                    ? message("checklist.check.", text) : null;
            default -> null;
        };
    }

    private String acceptance(String field, String value) {
        if ("status".equals(field)) {
            return message("acceptance.status.", value);
        }
        if ("kind".equals(field)) {
            return message("acceptance.kind.", value);
        }
        // The evaluation of automatic items stores one change per check key, with the outcome.
        if (isCheckKey(field)) {
            return message("acceptance.outcome.", value);
        }
        return null;
    }

    private String samplingDraw(String field, String value) {
        return switch (field) {
            case "status" -> message("sampling.status.", value);
            case "level" -> message("sampling.level.", value);
            case "stratifyBy" -> message("sampling.stratify.", value);
            default -> null;
        };
    }

    // Check keys such as COUNT_MATCH are upper case, unlike the camel case field names.
    private static boolean isCheckKey(String field) {
        return field != null && field.matches("[A-Z][A-Z_]+");
    }

    private String message(String prefix, String value) {
        return messages.getMessage(prefix + value, value);
    }
}

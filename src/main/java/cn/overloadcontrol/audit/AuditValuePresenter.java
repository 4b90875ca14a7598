package cn.overloadcontrol.audit;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Screen text of stored field changes for the audit template ({@code @auditValues}). Values go
 * through the modules' {@link AuditValueLabels} and field names through {@code audit.change.*}.
 * A key such as {@code attendance.unit:<code> <name>} is shown as its label and the detail.
 */
@Component("auditValues")
class AuditValuePresenter {

    private final List<AuditValueLabels> labels;
    private final MessageSourceAccessor messages;

    AuditValuePresenter(List<AuditValueLabels> labels, MessageSource messageSource) {
        this.labels = List.copyOf(labels);
        this.messages = new MessageSourceAccessor(messageSource);
    }

    /** Returns the field's screen name, or the key itself when no name is known. */
    public String field(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            return messages.getMessage("audit.change." + key, key);
        }
        String prefix = key.substring(0, colon);
        return messages.getMessage("audit.change." + prefix, prefix) + " " + key.substring(colon + 1).strip();
    }

    /** Returns the value's screen text, {@code null} for an empty value and the stored text for an unknown one. */
    public String value(String objectType, String field, Object value) {
        if (value == null) {
            return null;
        }
        for (AuditValueLabels module : labels) {
            String label = module.label(objectType, field, value);
            if (label != null) {
                return label;
            }
        }
        if (value instanceof Boolean flag) {
            return messages.getMessage(flag ? "audit.value.true" : "audit.value.false");
        }
        return String.valueOf(value);
    }
}

package cn.overloadcontrol.region;

import cn.overloadcontrol.audit.AuditValueLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** Shows an area's kind in Chinese on the audit screen. */
@Component
class RegionAuditLabels implements AuditValueLabels {

    private final MessageSourceAccessor messages;

    RegionAuditLabels(MessageSource messageSource) {
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @Override
    public String label(String objectType, String field, Object value) {
        if (AreaAdminService.AUDIT_OBJECT_TYPE.equals(objectType) && "kind".equals(field)) {
            return messages.getMessage("area.kind." + value, String.valueOf(value));
        }
        return null;
    }
}

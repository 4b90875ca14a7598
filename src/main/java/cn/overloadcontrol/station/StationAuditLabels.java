package cn.overloadcontrol.station;

import cn.overloadcontrol.audit.AuditValueLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/** Shows a device's kind and a station's status in Chinese on the audit screen. */
@Component
class StationAuditLabels implements AuditValueLabels {

    private final MessageSourceAccessor messages;

    StationAuditLabels(MessageSource messageSource) {
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @Override
    public String label(String objectType, String field, Object value) {
        if (DeviceInventory.AUDIT_OBJECT_TYPE.equals(objectType) && "kind".equals(field)) {
            return messages.getMessage("device.kind." + value, String.valueOf(value));
        }
        if (StationService.AUDIT_OBJECT_TYPE.equals(objectType) && "status".equals(field)) {
            return messages.getMessage("station.status." + value, String.valueOf(value));
        }
        return null;
    }
}

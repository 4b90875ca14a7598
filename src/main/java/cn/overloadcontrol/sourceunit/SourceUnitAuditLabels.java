package cn.overloadcontrol.sourceunit;

import cn.overloadcontrol.audit.AuditValueLabels;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Shows a source unit's audited values as the ledger screens do: the status in Chinese, the area
 * and dictionary ids as their names. An id that no longer resolves is shown as stored.
 */
@Component
class SourceUnitAuditLabels implements AuditValueLabels {

    private final RegionService regions;
    private final SourceUnitService units;
    private final MessageSourceAccessor messages;

    SourceUnitAuditLabels(RegionService regions, SourceUnitService units, MessageSource messageSource) {
        this.regions = regions;
        this.units = units;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @Override
    public String label(String objectType, String field, Object value) {
        if (!SourceUnitService.AUDIT_OBJECT_TYPE.equals(objectType)) {
            return null;
        }
        return switch (field) {
            case "status" -> messages.getMessage("unit.status." + value, String.valueOf(value));
            case "areaId" -> idOf(value) == null ? null
                    : regions.findById(idOf(value)).map(AreaView::name).orElse(null);
            case "unitTypeId" -> dictionaryLabel(DictionaryKind.UNIT_TYPE, value);
            case "supervisionModeId" -> dictionaryLabel(DictionaryKind.SUPERVISION_MODE, value);
            default -> null;
        };
    }

    private String dictionaryLabel(DictionaryKind kind, Object value) {
        Long id = idOf(value);
        return id == null ? null : units.dictionary(kind).stream()
                .filter(item -> item.id() == id)
                .map(DictionaryItemView::label)
                .findFirst()
                .orElse(null);
    }

    private static Long idOf(Object value) {
        if (value instanceof Number number) {
            return number.longValue();
        }
        try {
            return Long.valueOf(String.valueOf(value));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

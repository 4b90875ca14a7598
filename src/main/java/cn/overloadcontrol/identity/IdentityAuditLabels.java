package cn.overloadcontrol.identity;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import cn.overloadcontrol.audit.AuditValueLabels;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * Shows a user's audited roles, areas and unit by name. The snapshot stores roles and area ids as
 * comma-separated lists. An id that no longer resolves is shown as stored.
 */
@Component
class IdentityAuditLabels implements AuditValueLabels {

    private final RegionService regions;
    private final UnitDirectory units;
    private final MessageSourceAccessor messages;

    IdentityAuditLabels(RegionService regions, UnitDirectory units, MessageSource messageSource) {
        this.regions = regions;
        this.units = units;
        this.messages = new MessageSourceAccessor(messageSource);
    }

    @Override
    public String label(String objectType, String field, Object value) {
        if (!AuditDetails.OBJECT_TYPE.equals(objectType)) {
            return null;
        }
        return switch (field) {
            case "roles" -> eachOf(value, role -> messages.getMessage("role." + role, role));
            case "areaIds" -> eachOf(value, id -> parse(id) == null ? id
                    : regions.findById(parse(id)).map(AreaView::name).orElse(id));
            case "unitId" -> parse(String.valueOf(value)) == null ? null
                    : units.findById(parse(String.valueOf(value))).map(UnitRef::name).orElse(null);
            default -> null;
        };
    }

    private static String eachOf(Object value, UnaryOperator<String> label) {
        return Arrays.stream(String.valueOf(value).split(","))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .map(label)
                .collect(Collectors.joining("、"));
    }

    private static Long parse(String text) {
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

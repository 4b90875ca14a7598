package cn.overloadcontrol.audit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Builds the before/after map of the fields that a change really altered. */
public final class AuditChanges {

    private AuditChanges() {
    }

    /**
     * Compares two snapshots (field name to value) and keeps the fields whose values differ.
     * A {@code null} snapshot stands for "did not exist", as for a create.
     */
    public static Map<String, FieldChange> diff(Map<String, ?> before, Map<String, ?> after) {
        Map<String, ?> oldValues = before == null ? Map.of() : before;
        Map<String, ?> newValues = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(oldValues.keySet());
        fields.addAll(newValues.keySet());

        Map<String, FieldChange> changes = new LinkedHashMap<>();
        for (String field : fields) {
            Object oldValue = normalize(oldValues.get(field));
            Object newValue = normalize(newValues.get(field));
            if (!Objects.equals(oldValue, newValue)) {
                changes.put(field, new FieldChange(oldValue, newValue));
            }
        }
        return changes;
    }

    private static Object normalize(Object value) {
        if (value instanceof String text && text.isEmpty()) {
            return null;
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value != null && !(value instanceof Number) && !(value instanceof Boolean)) {
            return value.toString();
        }
        return value;
    }
}

package cn.overloadcontrol.audit;

/**
 * Screen text of stored audit values: an enum value in Chinese, an id as the name of what it
 * refers to. Modules that write audit entries implement it, because the audit module may not
 * depend on them. The stored data stays as it was written.
 */
public interface AuditValueLabels {

    /**
     * Returns the screen text of one changed value, or {@code null} when this module does not handle
     * the field of that object type.
     *
     * @param objectType the object type of the entry, such as {@code source_unit}
     * @param field      the changed field, such as {@code areaId}
     * @param value      the value as stored, never {@code null}
     */
    String label(String objectType, String field, Object value);
}

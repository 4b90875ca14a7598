package cn.overloadcontrol.audit;

/** The value of one field before and after a change; {@code null} where the field was empty. */
public record FieldChange(Object before, Object after) {
}

package cn.overloadcontrol.weighing;

/**
 * Vehicle or weighing facts that no limit can be derived from. {@link #field()} is the stable
 * name of the input (for example {@code axleCount}), so an API can map it to its own parameter
 * names. {@link #rule()} states what the value must satisfy.
 */
public class LimitInputException extends IllegalArgumentException {

    private final String field;
    private final transient Object rejectedValue;
    private final String rule;

    public LimitInputException(String field, Object rejectedValue, String rule) {
        super(field + " " + rejectedValue + ": " + rule);
        this.field = field;
        this.rejectedValue = rejectedValue;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public Object rejectedValue() {
        return rejectedValue;
    }

    public String rule() {
        return rule;
    }
}

package cn.overloadcontrol.device;

/** An indicator option whose value breaks its rule. The message names the option, the value and the rule. */
public final class IndicatorSettingsException extends IllegalArgumentException {

    private final String option;
    private final String value;
    private final String rule;

    public IndicatorSettingsException(String option, String value, String rule) {
        super("invalid option " + option + "=" + value + ": " + rule);
        this.option = option;
        this.value = value;
        this.rule = rule;
    }

    public String option() {
        return option;
    }

    public String value() {
        return value;
    }

    public String rule() {
        return rule;
    }
}

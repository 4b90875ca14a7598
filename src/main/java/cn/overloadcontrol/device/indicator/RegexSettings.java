package cn.overloadcontrol.device.indicator;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import cn.overloadcontrol.device.ProtocolOption;
import cn.overloadcontrol.device.WeightUnit;

/**
 * Settings of the regular-expression line protocol. The optional groups are noted here because
 * Java 17 cannot list a pattern's group names.
 */
record RegexSettings(Pattern pattern, WeightUnit unit, boolean hasUnit, boolean hasStatus, boolean hasKind) {

    static final String WEIGHT_GROUP = "weight";
    static final String UNIT_GROUP = "unit";
    static final String STATUS_GROUP = "status";
    static final String KIND_GROUP = "kind";

    RegexSettings {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(unit, "unit");
    }

    static RegexSettings from(Options options) {
        String source = options.text(ProtocolOption.PATTERN);
        Pattern pattern;
        try {
            pattern = Pattern.compile(source);
        } catch (PatternSyntaxException e) {
            throw Options.invalid(ProtocolOption.PATTERN, source,
                    "not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex());
        }
        if (!declares(source, WEIGHT_GROUP)) {
            throw Options.invalid(ProtocolOption.PATTERN, source,
                    "the pattern needs a named group (?<weight>...) for the weight");
        }
        return new RegexSettings(pattern, options.unit(), declares(source, UNIT_GROUP),
                declares(source, STATUS_GROUP), declares(source, KIND_GROUP));
    }

    private static boolean declares(String source, String group) {
        return source.contains("(?<" + group + ">");
    }
}

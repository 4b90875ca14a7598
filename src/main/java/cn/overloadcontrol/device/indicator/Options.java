package cn.overloadcontrol.device.indicator;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorSettingsException;
import cn.overloadcontrol.device.ProtocolOption;
import cn.overloadcontrol.device.WeightUnit;

/** The {@code name=value} options of one device, checked against its protocol's option list. */
final class Options {

    private final Map<String, String> values;

    Options(IndicatorProtocol protocol, Map<String, String> values) {
        this.values = Map.copyOf(values);
        rejectUnknown(protocol);
    }

    /** The option's value, or its default when absent. */
    String text(ProtocolOption option) {
        return values.getOrDefault(option.name(), option.defaultValue());
    }

    WeightUnit unit() {
        String value = text(ProtocolOption.UNIT);
        return WeightUnit.fromCode(value).orElseThrow(() -> invalid(ProtocolOption.UNIT, value, "expected kg, t or g"));
    }

    int integer(ProtocolOption option, int min, int max) {
        String value = text(option);
        String rule = "expected a whole number from " + min + " to " + max;
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw invalid(option, value, rule);
        }
        if (number < min || number > max) {
            throw invalid(option, value, rule);
        }
        return number;
    }

    /** The constant of {@code type} whose code equals the value, ignoring case. */
    <E extends Enum<E> & OptionValue> E choice(ProtocolOption option, Class<E> type) {
        String value = text(option);
        String normalized = value.strip().toLowerCase(Locale.ROOT);
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (constant.code().equals(normalized)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(constants).map(OptionValue::code).collect(Collectors.joining(", "));
        throw invalid(option, value, "expected one of " + allowed);
    }

    /** An enum constant that an option selects by its code. */
    interface OptionValue {

        String code();
    }

    static IndicatorSettingsException invalid(ProtocolOption option, String value, String rule) {
        return new IndicatorSettingsException(option.name(), value, rule);
    }

    private void rejectUnknown(IndicatorProtocol protocol) {
        for (Map.Entry<String, String> entry : values.entrySet()) {
            boolean known = protocol.options().stream().anyMatch(option -> option.name().equals(entry.getKey()));
            if (!known) {
                String knownNames = protocol.options().stream().map(ProtocolOption::name)
                        .collect(Collectors.joining(", "));
                throw new IndicatorSettingsException(entry.getKey(), entry.getValue(),
                        "unknown option for protocol " + protocol.id() + "; known options: " + knownNames);
            }
        }
    }
}

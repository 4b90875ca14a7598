package cn.overloadcontrol.device;

import java.util.Locale;
import java.util.Optional;

/** Unit of a weight as an indicator sends it or as an installer configures it. */
public enum WeightUnit {
    KG("kg"),
    T("t"),
    G("g");

    private final String code;

    WeightUnit(String code) {
        this.code = code;
    }

    /** Lower-case symbol used in frames, options and JSON: kg, t or g. */
    public String code() {
        return code;
    }

    /** Finds the unit for a symbol, ignoring case and surrounding spaces. */
    public static Optional<WeightUnit> fromCode(String text) {
        String normalized = text.strip().toLowerCase(Locale.ROOT);
        for (WeightUnit unit : values()) {
            if (unit.code.equals(normalized)) {
                return Optional.of(unit);
            }
        }
        return Optional.empty();
    }
}

package cn.overloadcontrol.common;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The two incompatible plate-colour code sets in use. Each device and each upper platform is
 * configured with one of them; the same number means different colours in the two sets.
 */
public enum PlateColorCodes {

    /**
     * JT/T 697.7-2014 (transport information systems): 1 blue, 2 yellow, 3 black, 4 white,
     * 5 green, 9 other, with the extensions 91 agricultural yellow, 92 agricultural green,
     * 93 yellow-green (large new-energy) and 94 gradient green (small new-energy).
     */
    JTT_697_7_2014(Map.ofEntries(
            Map.entry(1, PlateColor.BLUE),
            Map.entry(2, PlateColor.YELLOW),
            Map.entry(3, PlateColor.BLACK),
            Map.entry(4, PlateColor.WHITE),
            Map.entry(5, PlateColor.GREEN),
            Map.entry(9, PlateColor.OTHER),
            Map.entry(91, PlateColor.AGRICULTURAL_YELLOW),
            Map.entry(92, PlateColor.AGRICULTURAL_GREEN),
            Map.entry(93, PlateColor.YELLOW_GREEN),
            Map.entry(94, PlateColor.GRADIENT_GREEN)),
            9),

    /**
     * Toll and ETC systems: 0 blue, 1 yellow, 2 black, 3 white, 4 gradient green,
     * 5 yellow-green, 6 blue-white. The set has no code for "other".
     */
    TOLL(Map.of(
            0, PlateColor.BLUE,
            1, PlateColor.YELLOW,
            2, PlateColor.BLACK,
            3, PlateColor.WHITE,
            4, PlateColor.GRADIENT_GREEN,
            5, PlateColor.YELLOW_GREEN,
            6, PlateColor.BLUE_WHITE),
            null);

    private final Map<Integer, PlateColor> colorsByCode;
    private final Map<PlateColor, Integer> codesByColor;
    /** Code for a real colour that the set does not list, or {@code null} when the set has none. */
    private final Integer otherCode;

    PlateColorCodes(Map<Integer, PlateColor> colorsByCode, Integer otherCode) {
        this.colorsByCode = Collections.unmodifiableMap(new LinkedHashMap<>(colorsByCode));
        Map<PlateColor, Integer> reverse = new EnumMap<>(PlateColor.class);
        colorsByCode.forEach((code, color) -> reverse.put(color, code));
        this.codesByColor = Collections.unmodifiableMap(reverse);
        this.otherCode = otherCode;
    }

    /**
     * Returns the colour for a raw code such as "2" or "02", ignoring surrounding spaces. A
     * blank, non-numeric or unlisted code is {@link PlateColor#UNKNOWN}.
     */
    public PlateColor fromCode(String code) {
        if (code == null || code.isBlank()) {
            return PlateColor.UNKNOWN;
        }
        String digits = code.strip();
        if (digits.length() > 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return PlateColor.UNKNOWN;
        }
        return fromCode(Integer.parseInt(digits));
    }

    public PlateColor fromCode(int code) {
        return colorsByCode.getOrDefault(code, PlateColor.UNKNOWN);
    }

    /**
     * Returns the code of {@code color} in this set. A colour that the set does not list maps to
     * its "other" code where it has one (JT/T 697.7: 9) and is empty otherwise, as is
     * {@link PlateColor#UNKNOWN} in every set.
     */
    public Optional<Integer> toCode(PlateColor color) {
        if (color == null || color == PlateColor.UNKNOWN) {
            return Optional.empty();
        }
        Integer code = codesByColor.get(color);
        return Optional.ofNullable(code != null ? code : otherCode);
    }
}

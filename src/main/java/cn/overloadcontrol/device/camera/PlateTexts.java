package cn.overloadcontrol.device.camera;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import java.util.Locale;
import java.util.Map;

/** Plate text and colour names as cameras send them, turned into the common value types. */
final class PlateTexts {

    /** Colour names in English as Hikvision and Dahua send them, compared without case, '-' or '_'. */
    private static final Map<String, PlateColor> COLORS_BY_NAME = Map.ofEntries(
            Map.entry("blue", PlateColor.BLUE),
            Map.entry("yellow", PlateColor.YELLOW),
            Map.entry("white", PlateColor.WHITE),
            Map.entry("black", PlateColor.BLACK),
            Map.entry("green", PlateColor.GREEN),
            Map.entry("yellowgreen", PlateColor.YELLOW_GREEN),
            Map.entry("gradientgreen", PlateColor.GRADIENT_GREEN),
            Map.entry("newenergy", PlateColor.GRADIENT_GREEN),
            Map.entry("other", PlateColor.OTHER),
            Map.entry("unknown", PlateColor.UNKNOWN));

    private PlateTexts() {
    }

    /** Normalizes a camera's plate text; a placeholder for "no plate" becomes the empty, invalid plate. */
    static PlateNumber plate(String raw) {
        if (PlateNumber.isPlaceholder(raw)) {
            return PlateNumber.of("");
        }
        return PlateNumber.of(raw);
    }

    /** Maps an English colour name; an unrecognized name is {@link PlateColor#UNKNOWN}. */
    static PlateColor colorByName(String raw) {
        if (raw == null) {
            return PlateColor.UNKNOWN;
        }
        String key = raw.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
        return COLORS_BY_NAME.getOrDefault(key, PlateColor.UNKNOWN);
    }
}

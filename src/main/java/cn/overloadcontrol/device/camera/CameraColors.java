package cn.overloadcontrol.device.camera;

import java.util.Locale;

import cn.overloadcontrol.common.PlateColor;

/** Decodes a plate colour as a camera vendor sends it, for screens that show a stored raw value. */
public final class CameraColors {

    private CameraColors() {
    }

    /**
     * Returns the plate colour of {@code rawColor}: a Vzenith {@code colorType} code for
     * {@code VZENITH}, an English colour name for the other vendors. Unknown or missing values
     * are {@link PlateColor#UNKNOWN}.
     */
    public static PlateColor decode(String vendor, String rawColor) {
        if (rawColor == null || rawColor.isBlank()) {
            return PlateColor.UNKNOWN;
        }
        if ("VZENITH".equals(vendor == null ? null : vendor.toUpperCase(Locale.ROOT))) {
            return VzenithPlate.color(rawColor.strip());
        }
        return PlateTexts.colorByName(rawColor);
    }
}

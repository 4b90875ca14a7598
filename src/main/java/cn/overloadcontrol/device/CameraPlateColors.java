package cn.overloadcontrol.device;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.device.camera.CameraColors;

/** Plate colours as the plate cameras send them, for other modules that store the raw value. */
public final class CameraPlateColors {

    private CameraPlateColors() {
    }

    /**
     * Returns the plate colour of a camera's raw colour value. {@code vendor} is a
     * {@link CameraVendor} name or {@code SIMULATED}, and the simulator sends Hikvision's names.
     */
    public static PlateColor decode(String vendor, String rawColor) {
        return CameraColors.decode(vendor, rawColor);
    }
}

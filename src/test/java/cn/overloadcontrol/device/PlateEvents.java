package cn.overloadcontrol.device;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateNumber;
import java.time.Instant;
import java.util.List;

/** Plate events for tests of the classes that combine them. */
final class PlateEvents {

    static final Instant T0 = Instant.parse("2026-12-04T00:30:00Z");

    private PlateEvents() {
    }

    static PlateEvent read(String camera, String id, int secondsAfterT0, String plate, Integer confidence) {
        return new PlateEvent(CameraVendor.HIKVISION, camera, id, T0.plusSeconds(secondsAfterT0), PlateNumber.of(plate),
                plate, PlateColor.UNKNOWN, "", confidence, "", List.of());
    }
}

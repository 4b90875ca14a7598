package cn.overloadcontrol.station;

import java.time.LocalDate;

/** Device fields for inventory tests. */
public final class InventoryTestData {

    private InventoryTestData() {
    }

    public static DeviceFields scale(String lanes, LocalDate certificateExpiresOn) {
        return new DeviceFields(DeviceKind.TRUCK_SCALE, "SCS-100", "T" + System.nanoTime(), lanes, null, null, null,
                null, 100_000, 20, "JD" + System.nanoTime(), certificateExpiresOn, null, null, false, null);
    }

    public static DeviceFields camera(String password) {
        return new DeviceFields(DeviceKind.CAMERA, "DS-2CD3T47", null, "1", "出口上方", "rtsp://127.0.0.1:8554/cam1",
                null, null, null, null, null, null, "admin", password, false, null);
    }

    public static InstallationFields maintained() {
        return new InstallationFields("晋城衡器安装有限公司", "计量器具安装许可 JC-2025-018", LocalDate.of(2026, 9, 20),
                "晋城衡器维保中心", "WB-2026-0031", LocalDate.of(2027, 9, 19));
    }
}

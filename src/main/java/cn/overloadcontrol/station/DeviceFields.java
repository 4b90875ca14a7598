package cn.overloadcontrol.station;

import java.time.LocalDate;

/**
 * The editable fields of an inventory device, already trimmed. Which fields a kind requires
 * is checked by the inventory service.
 *
 * @param lanes                lanes the device serves, as "1" or "1,2"
 * @param position             where a camera is mounted, for example 出口上方
 * @param address              IP address and port, RTSP URL or serial port
 * @param portSettings         serial line settings of an indicator, for example 9600 8N1
 * @param capacityKg           maximum capacity of a truck scale in kg
 * @param divisionKg           verification interval (分度值 e) of a truck scale in kg
 * @param password             a new camera password, or {@code null} to keep the stored one
 * @param spare                a spare device held in reserve, not installed on a lane
 */
public record DeviceFields(
        DeviceKind kind,
        String model,
        String serialNumber,
        String lanes,
        String position,
        String address,
        String protocol,
        String portSettings,
        Integer capacityKg,
        Integer divisionKg,
        String certificateNumber,
        LocalDate certificateExpiresOn,
        String username,
        String password,
        boolean spare,
        String notes) {

    /**
     * Returns these fields with the ones that do not belong to the kind set to {@code null}, for
     * example a camera's capacity left over from a form first filled in for a truck scale.
     */
    public DeviceFields withoutForeignFields() {
        if (kind == null) {
            return this;
        }
        boolean scale = kind == DeviceKind.TRUCK_SCALE;
        boolean camera = kind == DeviceKind.CAMERA || kind == DeviceKind.PLATE_CAMERA;
        boolean addressed = kind != DeviceKind.TRUCK_SCALE;
        boolean positioned = kind != DeviceKind.TRUCK_SCALE && kind != DeviceKind.INDICATOR;
        boolean protocolled = kind == DeviceKind.INDICATOR || kind == DeviceKind.LED_BOARD;
        return new DeviceFields(kind, model, serialNumber, lanes, positioned ? position : null,
                addressed ? address : null, protocolled ? protocol : null,
                kind == DeviceKind.INDICATOR ? portSettings : null, scale ? capacityKg : null,
                scale ? divisionKg : null, scale ? certificateNumber : null, scale ? certificateExpiresOn : null,
                camera ? username : null, camera ? password : null, spare, notes);
    }

    /** Returns whether devices of the kind have a login, whose password is stored encrypted. */
    public boolean hasCredentials() {
        return kind == DeviceKind.CAMERA || kind == DeviceKind.PLATE_CAMERA;
    }
}

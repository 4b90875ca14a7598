package cn.overloadcontrol.station;

import java.time.LocalDate;

/**
 * An inventory device as screens show it. The camera password is never returned, only whether
 * one is stored.
 */
public record DeviceView(
        long id,
        long stationId,
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
        boolean passwordStored,
        boolean spare,
        String notes,
        long version) {

    /** Returns the certificate status of a truck scale on {@code today}, or {@code null} for other kinds. */
    public CertificateStatus certificateStatus(LocalDate today) {
        return kind == DeviceKind.TRUCK_SCALE ? CertificateStatus.of(certificateExpiresOn, today) : null;
    }

    /** The fields for an edit form; the password stays empty, which keeps the stored one. */
    public DeviceFields fields() {
        return new DeviceFields(kind, model, serialNumber, lanes, position, address, protocol, portSettings,
                capacityKg, divisionKg, certificateNumber, certificateExpiresOn, username, null, spare, notes);
    }
}

package cn.overloadcontrol.station;

import java.time.LocalDate;

/**
 * A truck scale whose verification certificate has expired or expires soon.
 *
 * @param daysLeft days from today to the expiry date; negative once expired
 */
public record CertificateAlert(long deviceId, long stationId, String stationName, long unitId, String unitName,
        String model, String certificateNumber, LocalDate expiresOn, CertificateStatus status, long daysLeft) {
}

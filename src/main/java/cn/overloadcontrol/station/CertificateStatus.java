package cn.overloadcontrol.station;

import java.time.LocalDate;

/**
 * How a truck scale's verification certificate (检定证书) stands on a given day. Truck scales
 * are subject to compulsory periodic verification (强制检定), so an expired certificate is an
 * alert and one that expires within {@value #WARNING_DAYS} days a warning.
 */
public enum CertificateStatus {
    VALID,
    /** Expires within {@value #WARNING_DAYS} days: 预警. */
    EXPIRING,
    /** Expired before the given day: 告警. */
    EXPIRED,
    /** No expiry date recorded. */
    MISSING;

    public static final int WARNING_DAYS = 30;

    /** Returns the status of a certificate that expires at the end of {@code expiresOn}. */
    public static CertificateStatus of(LocalDate expiresOn, LocalDate today) {
        if (expiresOn == null) {
            return MISSING;
        }
        if (expiresOn.isBefore(today)) {
            return EXPIRED;
        }
        if (!expiresOn.isAfter(today.plusDays(WARNING_DAYS))) {
            return EXPIRING;
        }
        return VALID;
    }

    public String messageKey() {
        return "device.certificate." + name();
    }
}

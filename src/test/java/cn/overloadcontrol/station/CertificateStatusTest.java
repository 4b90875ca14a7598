package cn.overloadcontrol.station;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A certificate warns within 30 days of its expiry and alerts from the day after it. */
class CertificateStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @CsvSource({
            "2027-06-30, VALID",
            "2027-01-04, VALID",
            "2027-01-03, EXPIRING",
            "2026-12-05, EXPIRING",
            "2026-12-04, EXPIRING",
            "2026-12-03, EXPIRED",
            "2025-01-01, EXPIRED"})
    void statusByExpiryDate(LocalDate expiresOn, CertificateStatus expected) {
        assertThat(CertificateStatus.of(expiresOn, TODAY)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-04", "2030-01-01"})
    void missingExpiryIsMissing(LocalDate today) {
        assertThat(CertificateStatus.of(null, today)).isEqualTo(CertificateStatus.MISSING);
    }
}

package cn.overloadcontrol.station;

import java.time.LocalDate;

/**
 * How a station was installed and who maintains it, already trimmed.
 *
 * @param installerQualification the installer company's qualification, for example a certificate number
 * @param maintenanceUntil       last day covered by the maintenance contract
 */
public record InstallationFields(
        String installerCompany,
        String installerQualification,
        LocalDate installedOn,
        String maintenanceCompany,
        String maintenanceContractNumber,
        LocalDate maintenanceUntil) {

    public static InstallationFields empty() {
        return new InstallationFields(null, null, null, null, null, null);
    }
}

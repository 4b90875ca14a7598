package cn.overloadcontrol.station.web;

import java.time.LocalDate;

import cn.overloadcontrol.station.InstallationFields;
import cn.overloadcontrol.station.InstallationView;
import org.springframework.format.annotation.DateTimeFormat;

/** The installation and maintenance arrangements form of a station. */
public class InstallationForm {

    private String installerCompany;
    private String installerQualification;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate installedOn;
    private String maintenanceCompany;
    private String maintenanceContractNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate maintenanceUntil;
    private long version;

    static InstallationForm of(InstallationView view) {
        InstallationForm form = new InstallationForm();
        InstallationFields fields = view.fields();
        form.installerCompany = fields.installerCompany();
        form.installerQualification = fields.installerQualification();
        form.installedOn = fields.installedOn();
        form.maintenanceCompany = fields.maintenanceCompany();
        form.maintenanceContractNumber = fields.maintenanceContractNumber();
        form.maintenanceUntil = fields.maintenanceUntil();
        form.version = view.version();
        return form;
    }

    InstallationFields toFields() {
        return new InstallationFields(trim(installerCompany), trim(installerQualification), installedOn,
                trim(maintenanceCompany), trim(maintenanceContractNumber), maintenanceUntil);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getInstallerCompany() {
        return installerCompany;
    }

    public void setInstallerCompany(String installerCompany) {
        this.installerCompany = installerCompany;
    }

    public String getInstallerQualification() {
        return installerQualification;
    }

    public void setInstallerQualification(String installerQualification) {
        this.installerQualification = installerQualification;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    public void setInstalledOn(LocalDate installedOn) {
        this.installedOn = installedOn;
    }

    public String getMaintenanceCompany() {
        return maintenanceCompany;
    }

    public void setMaintenanceCompany(String maintenanceCompany) {
        this.maintenanceCompany = maintenanceCompany;
    }

    public String getMaintenanceContractNumber() {
        return maintenanceContractNumber;
    }

    public void setMaintenanceContractNumber(String maintenanceContractNumber) {
        this.maintenanceContractNumber = maintenanceContractNumber;
    }

    public LocalDate getMaintenanceUntil() {
        return maintenanceUntil;
    }

    public void setMaintenanceUntil(LocalDate maintenanceUntil) {
        this.maintenanceUntil = maintenanceUntil;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package cn.overloadcontrol.station.web;

import java.time.LocalDate;

import cn.overloadcontrol.station.DeviceFields;
import cn.overloadcontrol.station.DeviceKind;
import cn.overloadcontrol.station.DeviceView;
import org.springframework.format.annotation.DateTimeFormat;

/** The device create and edit form. An empty password keeps the stored one. */
public class DeviceForm {

    private DeviceKind kind;
    private String model;
    private String serialNumber;
    private String lanes;
    private String position;
    private String address;
    private String protocol;
    private String portSettings;
    private Integer capacityKg;
    private Integer divisionKg;
    private String certificateNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certificateExpiresOn;
    private String username;
    private String password;
    private boolean spare;
    private String notes;
    private long version;

    static DeviceForm of(DeviceView device) {
        DeviceForm form = new DeviceForm();
        form.kind = device.kind();
        form.model = device.model();
        form.serialNumber = device.serialNumber();
        form.lanes = device.lanes();
        form.position = device.position();
        form.address = device.address();
        form.protocol = device.protocol();
        form.portSettings = device.portSettings();
        form.capacityKg = device.capacityKg();
        form.divisionKg = device.divisionKg();
        form.certificateNumber = device.certificateNumber();
        form.certificateExpiresOn = device.certificateExpiresOn();
        form.username = device.username();
        form.spare = device.spare();
        form.notes = device.notes();
        form.version = device.version();
        return form;
    }

    DeviceFields toFields() {
        String lanesText = trim(lanes) == null ? null : trim(lanes).replaceAll("\\s|，", ",").replaceAll(",+", ",");
        return new DeviceFields(kind, trim(model), trim(serialNumber), lanesText, trim(position), trim(address),
                trim(protocol), trim(portSettings), capacityKg, divisionKg, trim(certificateNumber),
                certificateExpiresOn, trim(username), password == null || password.isEmpty() ? null : password,
                spare, trim(notes));
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public DeviceKind getKind() {
        return kind;
    }

    public void setKind(DeviceKind kind) {
        this.kind = kind;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public void setSerialNumber(String serialNumber) {
        this.serialNumber = serialNumber;
    }

    public String getLanes() {
        return lanes;
    }

    public void setLanes(String lanes) {
        this.lanes = lanes;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getProtocol() {
        return protocol;
    }

    public void setProtocol(String protocol) {
        this.protocol = protocol;
    }

    public String getPortSettings() {
        return portSettings;
    }

    public void setPortSettings(String portSettings) {
        this.portSettings = portSettings;
    }

    public Integer getCapacityKg() {
        return capacityKg;
    }

    public void setCapacityKg(Integer capacityKg) {
        this.capacityKg = capacityKg;
    }

    public Integer getDivisionKg() {
        return divisionKg;
    }

    public void setDivisionKg(Integer divisionKg) {
        this.divisionKg = divisionKg;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public void setCertificateNumber(String certificateNumber) {
        this.certificateNumber = certificateNumber;
    }

    public LocalDate getCertificateExpiresOn() {
        return certificateExpiresOn;
    }

    public void setCertificateExpiresOn(LocalDate certificateExpiresOn) {
        this.certificateExpiresOn = certificateExpiresOn;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSpare() {
        return spare;
    }

    public void setSpare(boolean spare) {
        this.spare = spare;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}

package cn.overloadcontrol.weighing.web;

import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.weighing.ingest.CorrectableFields;
import cn.overloadcontrol.weighing.ingest.CorrectionRequest;

/**
 * The correction form (更正) of a record: every correctable field, filled with the values in
 * force, and the reason. The service checks the values with the ingestion rules, so the form has
 * no validation annotations of its own. The plate colour is a JT/T 697.7-2014 code.
 */
class CorrectionForm {

    private String reason;
    private String plateNumber;
    private String plateColorCode;
    private String trailerPlateNumber;
    private Integer axleCount;
    private String vehicleType;
    private boolean singleDriveAxle;
    private Integer singleTyreGroups;
    private boolean airSuspension;
    private Integer semitrailerAxleSpacingMm;
    private String cargoName;
    private String cargoCategory;
    private String releaseDecision;

    static CorrectionForm of(CorrectableFields fields) {
        CorrectionForm form = new CorrectionForm();
        form.plateNumber = fields.plateNumber();
        form.plateColorCode = PlateColorCodes.JTT_697_7_2014.toCode(fields.plateColor()).map(String::valueOf)
                .orElse(null);
        form.trailerPlateNumber = fields.trailerPlateNumber();
        form.axleCount = fields.axleCount();
        form.vehicleType = fields.vehicleType() == null ? null : fields.vehicleType().name();
        form.singleDriveAxle = fields.singleDriveAxle();
        form.singleTyreGroups = fields.singleTyreGroups();
        form.airSuspension = fields.airSuspension();
        form.semitrailerAxleSpacingMm = fields.semitrailerAxleSpacingMm();
        form.cargoName = fields.cargoName();
        form.cargoCategory = fields.cargoCategory();
        form.releaseDecision = fields.releaseDecision() == null ? null : fields.releaseDecision().name();
        return form;
    }

    CorrectionRequest toRequest() {
        return new CorrectionRequest(reason, plateNumber, plateColorCode, trailerPlateNumber, axleCount, vehicleType,
                singleDriveAxle, singleTyreGroups, airSuspension, semitrailerAxleSpacingMm, cargoName, cargoCategory,
                releaseDecision);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getPlateNumber() {
        return plateNumber;
    }

    public void setPlateNumber(String plateNumber) {
        this.plateNumber = plateNumber;
    }

    public String getPlateColorCode() {
        return plateColorCode;
    }

    public void setPlateColorCode(String plateColorCode) {
        this.plateColorCode = plateColorCode;
    }

    public String getTrailerPlateNumber() {
        return trailerPlateNumber;
    }

    public void setTrailerPlateNumber(String trailerPlateNumber) {
        this.trailerPlateNumber = trailerPlateNumber;
    }

    public Integer getAxleCount() {
        return axleCount;
    }

    public void setAxleCount(Integer axleCount) {
        this.axleCount = axleCount;
    }

    public String getVehicleType() {
        return vehicleType;
    }

    public void setVehicleType(String vehicleType) {
        this.vehicleType = vehicleType;
    }

    public boolean isSingleDriveAxle() {
        return singleDriveAxle;
    }

    public void setSingleDriveAxle(boolean singleDriveAxle) {
        this.singleDriveAxle = singleDriveAxle;
    }

    public Integer getSingleTyreGroups() {
        return singleTyreGroups;
    }

    public void setSingleTyreGroups(Integer singleTyreGroups) {
        this.singleTyreGroups = singleTyreGroups;
    }

    public boolean isAirSuspension() {
        return airSuspension;
    }

    public void setAirSuspension(boolean airSuspension) {
        this.airSuspension = airSuspension;
    }

    public Integer getSemitrailerAxleSpacingMm() {
        return semitrailerAxleSpacingMm;
    }

    public void setSemitrailerAxleSpacingMm(Integer semitrailerAxleSpacingMm) {
        this.semitrailerAxleSpacingMm = semitrailerAxleSpacingMm;
    }

    public String getCargoName() {
        return cargoName;
    }

    public void setCargoName(String cargoName) {
        this.cargoName = cargoName;
    }

    public String getCargoCategory() {
        return cargoCategory;
    }

    public void setCargoCategory(String cargoCategory) {
        this.cargoCategory = cargoCategory;
    }

    public String getReleaseDecision() {
        return releaseDecision;
    }

    public void setReleaseDecision(String releaseDecision) {
        this.releaseDecision = releaseDecision;
    }
}

package cn.overloadcontrol.agent.web;

import cn.overloadcontrol.agent.desk.OperatorInput;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The operator's input for one passage. The weight is not a field because it comes from the
 * passage. Codes are the API's values (docs/api.md).
 */
public class PassageForm {

    @NotBlank
    @Size(max = 32)
    private String plateNumber;

    @Size(max = 8)
    private String plateColorCode;

    @Min(2)
    @Max(12)
    private Integer axleCount;

    @Pattern(regexp = "|TRUCK|CENTER_AXLE|ARTICULATED|FULL_TRAILER")
    private String vehicleType;

    @Size(max = 64)
    private String cargoName;

    @Size(max = 64)
    private String loadingBillNumber;

    @NotBlank
    @Pattern(regexp = "RELEASE|UNLOAD_AND_REWEIGH|HOLD")
    private String releaseDecision;

    @Size(max = 64)
    private String operatorName;

    OperatorInput toInput() {
        return new OperatorInput(plateNumber, plateColorCode, axleCount, blankToNull(vehicleType), cargoName,
                loadingBillNumber, releaseDecision, operatorName);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
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

    public String getCargoName() {
        return cargoName;
    }

    public void setCargoName(String cargoName) {
        this.cargoName = cargoName;
    }

    public String getLoadingBillNumber() {
        return loadingBillNumber;
    }

    public void setLoadingBillNumber(String loadingBillNumber) {
        this.loadingBillNumber = loadingBillNumber;
    }

    public String getReleaseDecision() {
        return releaseDecision;
    }

    public void setReleaseDecision(String releaseDecision) {
        this.releaseDecision = releaseDecision;
    }

    public String getOperatorName() {
        return operatorName;
    }

    public void setOperatorName(String operatorName) {
        this.operatorName = operatorName;
    }
}

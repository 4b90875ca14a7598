package cn.overloadcontrol.agent.desk;

/**
 * The weighbridge operator's input that makes a passage a record. Codes use the API's values
 * (docs/api.md).
 */
public record OperatorInput(String plateNumber, String plateColorCode, Integer axleCount, String vehicleType,
        String cargoName, String loadingBillNumber, String releaseDecision, String operatorName) {
}

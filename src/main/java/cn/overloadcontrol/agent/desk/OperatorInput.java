package cn.overloadcontrol.agent.desk;

/**
 * What the weighbridge operator adds to a passage to make it a record. Codes use the API's
 * values (docs/api.md).
 */
public record OperatorInput(String plateNumber, String plateColorCode, Integer axleCount, String vehicleType,
        String cargoName, String loadingBillNumber, String releaseDecision, String operatorName) {
}

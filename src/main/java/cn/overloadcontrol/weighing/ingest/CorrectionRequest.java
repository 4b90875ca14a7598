package cn.overloadcontrol.weighing.ingest;

/**
 * A correction of a record: the new values of every correctable field (unchanged ones
 * included) and the reason. Codes and names as in {@link WeighingRecordRequest}, so the same
 * checks apply; the plate colour is a JT/T 697.7-2014 code.
 */
public record CorrectionRequest(
        String reason,
        String plateNumber,
        String plateColorCode,
        String trailerPlateNumber,
        Integer axleCount,
        String vehicleType,
        Boolean singleDriveAxle,
        Integer singleTyreGroups,
        Boolean airSuspension,
        Integer semitrailerAxleSpacingMm,
        String cargoName,
        String cargoCategory,
        String releaseDecision) {
}

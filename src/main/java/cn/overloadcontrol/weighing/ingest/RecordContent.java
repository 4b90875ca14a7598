package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.station.LaneDirection;
import cn.overloadcontrol.weighing.VehicleType;

/**
 * The content of a weighing record after validation and normalization: what the station sent,
 * in one canonical form. Times are truncated to milliseconds, which PostgreSQL stores exactly.
 * Two requests with the same content have the same {@link #sha256()}, whatever their JSON
 * formatting, key order or time zone.
 */
record RecordContent(
        String recordNumber,
        Integer laneNo,
        LaneDirection direction,
        String plateNumber,
        String plateNumberRaw,
        PlateColor plateColor,
        String plateColorRaw,
        PlateColorCodes plateColorCodeSet,
        String plateType,
        String trailerPlateNumber,
        String rearPlateNumber,
        Integer axleCount,
        AxleCountSource axleCountSource,
        VehicleType vehicleType,
        boolean singleDriveAxle,
        int singleTyreGroups,
        boolean airSuspension,
        Integer semitrailerAxleSpacingMm,
        Integer registeredTotalMassKg,
        Integer registeredLoadKg,
        int grossKg,
        Integer tareKg,
        Integer netKg,
        Instant weighedAt,
        Instant stableAt,
        String cargoName,
        String cargoCategory,
        String loadingBillNumber,
        String consignee,
        String destination,
        String driverName,
        String driverIdNumber,
        String driverPhone,
        ReleaseDecision releaseDecision,
        Instant exitedAt,
        String operatorName,
        String weightCurveSha256,
        PlateRead plateRead,
        EvidenceReport evidence,
        LedMessage ledMessage) {

    /** SHA-256 (hex) of the canonical JSON of {@link #canonicalFields()}. */
    String sha256() {
        return CanonicalJson.sha256Hex(canonicalFields());
    }

    /** Returns every non-null field by name, in key order, as JSON-ready text, numbers and booleans. */
    Map<String, Object> canonicalFields() {
        Map<String, Object> fields = new TreeMap<>();
        put(fields, "recordNumber", recordNumber);
        put(fields, "laneNo", laneNo);
        put(fields, "direction", direction);
        put(fields, "plateNumber", plateNumber);
        put(fields, "plateNumberRaw", plateNumberRaw);
        put(fields, "plateColor", plateColor);
        put(fields, "plateColorRaw", plateColorRaw);
        put(fields, "plateColorCodeSet", plateColorCodeSet);
        put(fields, "plateType", plateType);
        put(fields, "trailerPlateNumber", trailerPlateNumber);
        put(fields, "rearPlateNumber", rearPlateNumber);
        put(fields, "axleCount", axleCount);
        put(fields, "axleCountSource", axleCountSource);
        put(fields, "vehicleType", vehicleType);
        put(fields, "singleDriveAxle", singleDriveAxle);
        put(fields, "singleTyreGroups", singleTyreGroups);
        put(fields, "airSuspension", airSuspension);
        put(fields, "semitrailerAxleSpacingMm", semitrailerAxleSpacingMm);
        put(fields, "registeredTotalMassKg", registeredTotalMassKg);
        put(fields, "registeredLoadKg", registeredLoadKg);
        put(fields, "grossKg", grossKg);
        put(fields, "tareKg", tareKg);
        put(fields, "netKg", netKg);
        put(fields, "weighedAt", weighedAt);
        put(fields, "stableAt", stableAt);
        put(fields, "cargoName", cargoName);
        put(fields, "cargoCategory", cargoCategory);
        put(fields, "loadingBillNumber", loadingBillNumber);
        put(fields, "consignee", consignee);
        put(fields, "destination", destination);
        put(fields, "driverName", driverName);
        put(fields, "driverIdNumber", driverIdNumber);
        put(fields, "driverPhone", driverPhone);
        put(fields, "releaseDecision", releaseDecision);
        put(fields, "exitedAt", exitedAt);
        put(fields, "operatorName", operatorName);
        // Absent without a curve, so the hashes of records without one stay as they were.
        put(fields, "weightCurveSha256", weightCurveSha256);
        // The station's parts go in as their canonical JSON text and, like the curve, only when sent.
        put(fields, "plateRead", plateRead == null ? null : plateRead.canonicalJson());
        put(fields, "evidence", evidence == null ? null : evidence.canonicalJson());
        put(fields, "ledMessage", ledMessage == null ? null : ledMessage.canonicalJson());
        return fields;
    }

    private static void put(Map<String, Object> fields, String name, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Enum<?> constant) {
            fields.put(name, constant.name());
        } else if (value instanceof Instant instant) {
            fields.put(name, instant.toString());
        } else {
            fields.put(name, value);
        }
    }
}

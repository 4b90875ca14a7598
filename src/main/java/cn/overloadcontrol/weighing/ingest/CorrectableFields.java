package cn.overloadcontrol.weighing.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.overloadcontrol.common.PlateColor;
import cn.overloadcontrol.common.PlateColorCodes;
import cn.overloadcontrol.weighing.VehicleType;

/**
 * The fields of a record that office staff may correct after the weighing. They are what a
 * camera, an axle detector or a weighbridge operator can get wrong and a person can check later
 * on the photos, the registration or the loading bill. Weights and times come from the scale and the
 * station's clock, so no correction changes them; driver data and the registered masses are
 * corrected at their source (the unit, the vehicle registry) instead.
 */
public record CorrectableFields(
        String plateNumber,
        String plateNumberRaw,
        PlateColor plateColor,
        String plateColorRaw,
        PlateColorCodes plateColorCodeSet,
        String trailerPlateNumber,
        Integer axleCount,
        VehicleType vehicleType,
        boolean singleDriveAxle,
        int singleTyreGroups,
        boolean airSuspension,
        Integer semitrailerAxleSpacingMm,
        String cargoName,
        String cargoCategory,
        ReleaseDecision releaseDecision) {

    static CorrectableFields of(RecordContent content) {
        return new CorrectableFields(content.plateNumber(), content.plateNumberRaw(), content.plateColor(),
                content.plateColorRaw(), content.plateColorCodeSet(), content.trailerPlateNumber(),
                content.axleCount(), content.vehicleType(), content.singleDriveAxle(), content.singleTyreGroups(),
                content.airSuspension(), content.semitrailerAxleSpacingMm(), content.cargoName(),
                content.cargoCategory(), content.releaseDecision());
    }

    /** Returns the stored content with these values in place of its correctable fields. */
    RecordContent applyTo(RecordContent c) {
        return new RecordContent(c.recordNumber(), c.laneNo(), c.direction(), plateNumber, plateNumberRaw, plateColor,
                plateColorRaw, plateColorCodeSet, c.plateType(), trailerPlateNumber, c.rearPlateNumber(), axleCount,
                c.axleCountSource(), vehicleType, singleDriveAxle, singleTyreGroups, airSuspension,
                semitrailerAxleSpacingMm, c.registeredTotalMassKg(), c.registeredLoadKg(), c.grossKg(), c.tareKg(),
                c.netKg(), c.weighedAt(), c.stableAt(), cargoName,
                cargoCategory, c.loadingBillNumber(), c.consignee(), c.destination(), c.driverName(),
                c.driverIdNumber(), c.driverPhone(), releaseDecision, c.exitedAt(), c.operatorName(),
                c.weightCurveSha256(), c.plateRead(), c.evidence(), c.ledMessage());
    }

    /**
     * Returns the values that the correction form shows and changes, by its field names. The raw
     * plate and colour code are left out, because they only record how a value was entered.
     */
    public Map<String, Object> values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("plateNumber", plateNumber);
        values.put("plateColor", plateColor);
        values.put("trailerPlateNumber", trailerPlateNumber);
        values.put("axleCount", axleCount);
        values.put("vehicleType", vehicleType);
        values.put("singleDriveAxle", singleDriveAxle);
        values.put("singleTyreGroups", singleTyreGroups);
        values.put("airSuspension", airSuspension);
        values.put("semitrailerAxleSpacingMm", semitrailerAxleSpacingMm);
        values.put("cargoName", cargoName);
        values.put("cargoCategory", cargoCategory);
        values.put("releaseDecision", releaseDecision);
        return values;
    }
}

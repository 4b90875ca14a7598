package cn.overloadcontrol.weighing.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One weighing record as a station sends it. Codes and times are strings, so that a wrong value
 * is reported with its field and value rather than as unreadable JSON. Weights in kg.
 */
@Schema(description = "一条称重记录 (weighing record)")
public record WeighingRecordRequest(
        @Schema(description = "Record number, unique per station; resending the same number is idempotent",
                example = "GP-20261204-0001", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 64)
        String recordNumber,
        @Schema(description = "Lane number as configured for the station", example = "1")
        Integer laneNo,
        @Schema(description = "OUTBOUND (出场) or INBOUND (进场)", example = "OUTBOUND",
                requiredMode = Schema.RequiredMode.REQUIRED, allowableValues = {"OUTBOUND", "INBOUND"})
        String direction,
        @Schema(description = "Plate number (front plate); empty or 无车牌 when unreadable", example = "晋E12345")
        String plateNumber,
        @Schema(description = "Plate colour code as the device sends it", example = "2")
        String plateColorCode,
        @Schema(description = "Code set of plateColorCode; JTT_697_7_2014 when omitted",
                allowableValues = {"JTT_697_7_2014", "TOLL"})
        String plateColorCodeSet,
        @Schema(description = "Plate type (号牌种类) per GA 24.7, two digits", example = "01")
        String plateType,
        @Schema(description = "Trailer plate (ending in 挂)", example = "晋E1234挂")
        String trailerPlateNumber,
        @Schema(description = "Plate read by the rear camera, when there is one", example = "晋E1234挂")
        String rearPlateNumber,
        @Schema(description = "Axle count 2 to 12; omit when unknown (the verdict is then UNKNOWN)", example = "6")
        Integer axleCount,
        @Schema(allowableValues = {"AXLE_DETECTOR", "OPERATOR", "VEHICLE_REGISTRY"})
        String axleCountSource,
        @Schema(allowableValues = {"TRUCK", "CENTER_AXLE", "ARTICULATED", "FULL_TRAILER"}, example = "ARTICULATED")
        String vehicleType,
        @Schema(description = "The tractor has a single drive axle")
        Boolean singleDriveAxle,
        @Schema(description = "Axle groups or trailer axles with single tyres, other than the drive axle")
        Integer singleTyreGroups,
        @Schema(description = "Air suspension with dual-tyre drive axles")
        Boolean airSuspension,
        Integer semitrailerAxleSpacingMm,
        @Schema(description = "Registered total mass (行驶证总质量) in kg, when known")
        Integer registeredTotalMassKg,
        @Schema(description = "Registered load (核定载质量) in kg, when known")
        Integer registeredLoadKg,
        @Schema(description = "Gross weight in kg, 1 to 200000", example = "52400",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer grossKg,
        @Schema(description = "Tare weight in kg, at most the gross weight", example = "15400")
        Integer tareKg,
        @Schema(description = "Net weight in kg; must equal gross - tare when both are sent", example = "37000")
        Integer netKg,
        @Schema(description = "Weighing time, ISO-8601 with offset", example = "2026-12-04T10:15:30+08:00",
                requiredMode = Schema.RequiredMode.REQUIRED)
        String weighedAt,
        @Schema(description = "Time the reading became stable, ISO-8601 with offset")
        String stableAt,
        String cargoName,
        @Schema(example = "煤")
        String cargoCategory,
        @Schema(description = "Loading bill (货物装载单) or ticket number")
        String loadingBillNumber,
        String consignee,
        String destination,
        @Schema(description = "Personal data: stored, masked in lists")
        String driverName,
        @Schema(description = "ID card or qualification number; personal data")
        String driverIdNumber,
        @Schema(description = "Personal data")
        String driverPhone,
        @Schema(allowableValues = {"RELEASE", "UNLOAD_AND_REWEIGH", "HOLD"})
        String releaseDecision,
        @Schema(description = "Exit time, ISO-8601 with offset")
        String exitedAt,
        @Schema(description = "Weighbridge operator")
        String operatorName,
        @Schema(description = "Weight curve and raw frames of the passage; part of the record content")
        WeightCurveRequest weightCurve,
        @Schema(description = "How the plate was read; part of the record content")
        PlateReadRequest plateRead,
        @Schema(description = "Camera count and failed captures; a missing snapshot flags PHOTO_MISSING, a missing clip CLIP_MISSING")
        EvidenceRequest evidence,
        @Schema(description = "The verdict message shown on the LED board; part of the record content")
        LedMessageRequest ledMessage) {
}

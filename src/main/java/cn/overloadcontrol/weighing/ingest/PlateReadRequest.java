package cn.overloadcontrol.weighing.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The source of the record's plate: a plate camera's push or the operator's typing. */
@Schema(description = "车牌识别 (plate read); optional, part of the record content")
public record PlateReadRequest(
        @Schema(description = "CAMERA (a plate camera's push) or OPERATOR (typed at the station)",
                allowableValues = {"CAMERA", "OPERATOR"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String source,
        @Schema(description = "Maker of the plate camera", allowableValues = {"HIKVISION", "DAHUA", "VZENITH",
                "SIMULATED"})
        String vendor,
        @Schema(description = "The station's id of the plate camera", example = "plate-in", maxLength = 64)
        String cameraId,
        @Schema(description = "Plate as the camera sent it", example = "晋E12345", maxLength = 32)
        String rawPlate,
        @Schema(description = "Colour code as the camera sent it", example = "2", maxLength = 16)
        String rawColor,
        @Schema(description = "Confidence 0 to 100; omit when the camera sends none", example = "96")
        Integer confidence,
        @Schema(description = "Time of the read, ISO-8601 with offset", example = "2026-12-05T10:15:30+08:00")
        String readAt) {
}

package cn.overloadcontrol.weighing.ingest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The station's evidence report for a record: the lane's camera count and the captures that failed. */
@Schema(description = "证据采集情况 (evidence report); optional, part of the record content")
public record EvidenceRequest(
        @Schema(description = "Cameras of the lane, 0 to 16", example = "3",
                requiredMode = Schema.RequiredMode.REQUIRED)
        Integer cameras,
        @Schema(description = "Snapshots and clips that failed, at most 32")
        List<Missing> missing) {

    /** One capture that failed. */
    public record Missing(
            @Schema(description = "The station's id of the camera", example = "side", maxLength = 64,
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String cameraId,
            @Schema(allowableValues = {"FRONT", "REAR", "SIDE", "TOP", "CARGO"},
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String position,
            @Schema(allowableValues = {"SNAPSHOT", "CLIP"}, requiredMode = Schema.RequiredMode.REQUIRED)
            String kind,
            @Schema(description = "Why it failed, Chinese text for the office", example = "连接超时（5 秒）",
                    maxLength = 200)
            String reason) {
    }
}

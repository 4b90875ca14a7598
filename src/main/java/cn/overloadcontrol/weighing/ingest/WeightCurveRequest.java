package cn.overloadcontrol.weighing.ingest;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The weight curve and raw indicator frames of one passage, as a station sends them with the record.
 * Times are milliseconds after the earliest point or frame of the passage.
 */
@Schema(description = "称重曲线和原始报文 (weight curve and raw frames); optional")
public record WeightCurveRequest(
        @Schema(description = "Readings in arrival order, at most 3000")
        List<Point> points,
        @Schema(description = "Indicator frames in arrival order, at most 3000")
        List<Frame> frames) {

    /** One reading of the indicator. */
    public record Point(
            @Schema(description = "Milliseconds after the first point or frame, 0 to 86400000, never decreasing",
                    example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer t,
            @Schema(description = "Reading in whole kg, 0 to 200000", example = "49020",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Integer kg,
            @Schema(description = "The indicator's stability flag; omit when its protocol has none")
            Boolean stable) {
    }

    /** The bytes of one indicator frame. */
    public record Frame(
            @Schema(description = "Milliseconds after the first point or frame, never decreasing", example = "0",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Integer t,
            @Schema(description = "Bytes as hex pairs, optionally separated by single spaces, at most 64 bytes",
                    example = "02 2B 30 34 39 30 32 30 03", requiredMode = Schema.RequiredMode.REQUIRED)
            String hex) {
    }
}

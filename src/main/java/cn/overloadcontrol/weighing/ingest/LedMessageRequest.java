package cn.overloadcontrol.weighing.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/** The verdict message the station showed, or failed to show, on the lane's LED board. */
@Schema(description = "LED 显示 (board message); optional, part of the record content")
public record LedMessageRequest(
        @Schema(description = "Text sent to the board", example = "晋E12345 49.02吨 超限3.02吨 禁止出场", maxLength = 200,
                requiredMode = Schema.RequiredMode.REQUIRED)
        String text,
        @Schema(description = "The station's id of the board", example = "exit", maxLength = 64)
        String boardId,
        @Schema(description = "Board protocol", example = "onbon-bx5k", maxLength = 32)
        String protocol,
        @Schema(description = "Host and port or serial port of the board, never with credentials",
                example = "127.0.0.1:5005", maxLength = 128)
        String address,
        @Schema(description = "Time the board took the message, ISO-8601 with offset",
                example = "2026-12-05T10:15:41+08:00")
        String shownAt,
        @Schema(allowableValues = {"SHOWN", "FAILED"}, requiredMode = Schema.RequiredMode.REQUIRED)
        String outcome,
        @Schema(description = "Why showing failed; only with FAILED", maxLength = 200)
        String error) {
}

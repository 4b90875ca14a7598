package cn.overloadcontrol.station.command;

import io.swagger.v3.oas.annotations.media.Schema;

/** A station's result of a command. */
@Schema(description = "命令执行结果 (command result)")
public record CommandResultRequest(
        @Schema(description = "True when the device did what was asked", requiredMode = Schema.RequiredMode.REQUIRED)
        Boolean done,
        @Schema(description = "Short Chinese text for the installer", example = "已显示", maxLength = 200)
        String message,
        @Schema(description = "Base64 JPEG of a snapshot; the whole body is bounded by api.max-body-bytes (4 MiB)")
        String image) {
}

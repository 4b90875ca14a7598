package cn.overloadcontrol.station.command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.api.ApiError;
import cn.overloadcontrol.common.api.ApiProblems;
import cn.overloadcontrol.station.StationPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Hands out queued commands to the signing station and stores their results. */
@RestController
@Tag(name = "station-commands", description = "磅房命令 (snapshot preview, LED test)")
@SecurityRequirement(name = "hmac-signature")
class StationCommandApiController {

    static final String PATH = "/api/v1/station-commands";

    private final StationCommands commands;
    private final ApiProblems problems;

    StationCommandApiController(StationCommands commands, ApiProblems problems) {
        this.commands = commands;
        this.problems = problems;
    }

    /** The poll response: the commands handed out by this poll. */
    record Poll(List<Map<String, Object>> commands) {
    }

    /** The result response: the command's id and state after the result was stored. */
    record Answered(long id, StationCommand.Status status) {
    }

    @PostMapping(path = PATH + "/poll", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Take the station's queued commands; each command is handed out once")
    Poll poll(@AuthenticationPrincipal StationPrincipal station) {
        return new Poll(commands.poll(station).stream().map(StationCommandApiController::json).toList());
    }

    @PostMapping(path = PATH + "/{id}/result", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Answer a handed-out command, with a base64 JPEG for a snapshot")
    Answered result(@PathVariable long id, @RequestBody CommandResultRequest result,
            @AuthenticationPrincipal StationPrincipal station) {
        StationCommand answered = commands.answer(station, id, result);
        return new Answered(answered.id(), answered.status());
    }

    @ExceptionHandler(CommandRejectedException.class)
    ResponseEntity<ApiError> rejected(CommandRejectedException e) {
        return ResponseEntity.status(e.status())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(e.code(), problems.errorMessage(messageCode(e)), problems.of(e.problems())));
    }

    // validation_failed has the record upload's text, so a rejected result gets its own.
    private static String messageCode(CommandRejectedException e) {
        return CommandRejectedException.INVALID.equals(e.code()) ? "command_invalid" : e.code();
    }

    /** Returns the command as the station reads it: id, kind and the kind's own fields. */
    private static Map<String, Object> json(StationCommand command) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", command.id());
        json.put("kind", command.kind().name());
        if (command.kind() == StationCommand.Kind.CAMERA_SNAPSHOT) {
            json.put("cameraId", command.deviceId());
        } else {
            json.put("boardId", command.deviceId());
            json.put("text", command.text());
        }
        return json;
    }
}

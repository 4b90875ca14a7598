package cn.overloadcontrol.station.web;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import cn.overloadcontrol.station.command.CommandRejectedException;
import cn.overloadcontrol.station.command.StationCommand;
import cn.overloadcontrol.station.command.StationCommands;
import cn.overloadcontrol.station.heartbeat.HeartbeatService;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The installer's device tools on a station's page: a snapshot preview per camera and a test
 * text for an LED board. Each action queues a station command; the page then polls it with
 * htmx until the station reports a result or {@link StationCommand#EXPIRY} passes.
 */
@Controller
@PreAuthorize("hasAuthority('device:manage')")
class StationCommandController {

    static final String PANEL = "station/commands :: panel";
    static final String COMMAND = "station/commands :: command";

    private final StationCommands commands;
    private final HeartbeatService heartbeats;
    private final Clock clock = Clock.systemUTC();

    StationCommandController(StationCommands commands, HeartbeatService heartbeats) {
        this.commands = commands;
        this.heartbeats = heartbeats;
    }

    @GetMapping("/stations/{id}/devices")
    String panel(@PathVariable long id, Model model) {
        model.addAttribute("stationId", id);
        model.addAttribute("health", heartbeats.health(id));
        return PANEL;
    }

    @PostMapping("/stations/{id}/commands/snapshot")
    String snapshot(@PathVariable long id, @RequestParam(required = false) String cameraId, Model model) {
        try {
            return show(commands.queueSnapshot(id, cameraId), model);
        } catch (CommandRejectedException e) {
            return rejected(id, e, model);
        }
    }

    @PostMapping("/stations/{id}/commands/led-test")
    String ledTest(@PathVariable long id, @RequestParam(required = false) String boardId,
            @RequestParam(required = false) String text, Model model) {
        try {
            return show(commands.queueLedTest(id, boardId, text), model);
        } catch (CommandRejectedException e) {
            return rejected(id, e, model);
        }
    }

    @GetMapping("/stations/{id}/commands/{commandId}")
    String command(@PathVariable long id, @PathVariable long commandId, Model model) {
        return show(find(id, commandId), model);
    }

    @GetMapping("/stations/{id}/commands/{commandId}/image")
    ResponseEntity<InputStreamResource> image(@PathVariable long id, @PathVariable long commandId) {
        InputStream image = commands.image(find(id, commandId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(image));
    }

    private StationCommand find(long stationId, long commandId) {
        return commands.find(stationId, commandId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private String show(StationCommand command, Model model) {
        model.addAttribute("stationId", command.stationId());
        model.addAttribute("command", command);
        model.addAttribute("unanswered", command.unansweredAt(clock.instant()));
        model.addAttribute("problems", List.of());
        return COMMAND;
    }

    private String rejected(long stationId, CommandRejectedException e, Model model) {
        model.addAttribute("stationId", stationId);
        model.addAttribute("command", null);
        model.addAttribute("unanswered", false);
        model.addAttribute("problems", e.problems());
        return COMMAND;
    }
}

package cn.overloadcontrol.agent.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

import cn.overloadcontrol.agent.desk.ExitDecision;
import cn.overloadcontrol.agent.desk.ExitDecisions;
import cn.overloadcontrol.device.CameraHeartbeat;
import cn.overloadcontrol.device.CameraPush;
import cn.overloadcontrol.device.CameraPushException;
import cn.overloadcontrol.device.PlateCameraPushes;
import cn.overloadcontrol.device.PlateEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP endpoints that plate cameras push to. The pushes carry no usable authentication, so
 * only the configured camera addresses are accepted, checked against the sender's TCP address and
 * never a forwarded-for header. Login and CSRF do not apply here. Heartbeats only mark the camera alive.
 *
 * <ul>
 *   <li>{@code POST /camera/hikvision}: ISAPI ANPR, multipart/form-data or the XML alone</li>
 *   <li>{@code POST /NotificationInfo/TollgateInfo} and {@code /NotificationInfo/KeepAlive}: Dahua ITSAPI,
 *       whose paths the camera fixes</li>
 *   <li>{@code POST /camera/vzenith}: AlarmInfoPlate; the reply lifts the barrier or keeps it closed and
 *       carries the board text</li>
 * </ul>
 */
@RestController
class PlateCameraController {

    /** Pushes larger than this are rejected; a push with two full-HD JPEGs is well under 4 MiB. */
    static final int MAX_PUSH_BYTES = 8 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(PlateCameraController.class);

    private final StationCameras cameras;
    private final PlateReads reads;
    private final ObjectProvider<ExitDecisions> exitDecisions;
    private final RejectedPushLog rejectedPushes;

    PlateCameraController(StationCameras cameras, PlateReads reads, ObjectProvider<ExitDecisions> exitDecisions,
            Clock clock) {
        this.cameras = cameras;
        this.reads = reads;
        this.exitDecisions = exitDecisions;
        this.rejectedPushes = new RejectedPushLog(clock);
    }

    @PostMapping("/camera/hikvision")
    ResponseEntity<String> hikvision(HttpServletRequest request) throws IOException {
        return receive(request, "HIKVISION", (body, address) ->
                PlateCameraPushes.hikvision(request.getContentType(), body, address)).response();
    }

    @PostMapping("/NotificationInfo/{kind}")
    ResponseEntity<String> dahua(@PathVariable String kind, HttpServletRequest request) throws IOException {
        return receive(request, "DAHUA", (body, address) ->
                PlateCameraPushes.dahua("/NotificationInfo/" + kind, body, address)).response();
    }

    @PostMapping("/camera/vzenith")
    ResponseEntity<String> vzenith(HttpServletRequest request) throws IOException {
        Received received = receive(request, "VZENITH", PlateCameraPushes::vzenith);
        if (!(received.push() instanceof PlateEvent event)) {
            return received.response();
        }
        ExitDecision decision = event.readable() ? decide(event.plate().normalized()) : ExitDecision.keepClosed();
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(vzenithReply(decision));
    }

    /** Asks led5's exit decisions when the station has them; without them the barrier stays closed. */
    private ExitDecision decide(String plate) {
        ExitDecisions decisions = exitDecisions.getIfAvailable();
        ExitDecision decision = decisions == null ? null : decisions.decide(plate);
        return decision == null ? ExitDecision.keepClosed() : decision;
    }

    private static String vzenithReply(ExitDecision decision) {
        byte[] reply;
        try {
            reply = PlateCameraPushes.vzenithReply(decision.openBarrier(), decision.boardMessage());
        } catch (IllegalArgumentException e) {
            log.warn("The board text does not fit the board behind the Vzenith camera; replying without it: {}",
                    e.getMessage());
            reply = PlateCameraPushes.vzenithReply(decision.openBarrier(), null);
        }
        return new String(reply, StandardCharsets.UTF_8);
    }

    /** The reply to a push, and the push when it was accepted. */
    private record Received(ResponseEntity<String> response, CameraPush push) {

        static Received rejected(HttpStatus status, String body) {
            return new Received(text(status, body), null);
        }
    }

    private Received receive(HttpServletRequest request, String endpointVendor, Parser parser)
            throws IOException {
        String address = request.getRemoteAddr();
        Optional<StationCameras.PlateCamera> camera = cameras.plateCameraAt(address);
        if (camera.isEmpty()) {
            rejectedPushes.rejected(endpointVendor, address);
            return Received.rejected(HttpStatus.FORBIDDEN, "forbidden: " + address + " is not a configured plate camera");
        }
        byte[] body = request.getInputStream().readNBytes(MAX_PUSH_BYTES + 1);
        if (body.length > MAX_PUSH_BYTES) {
            log.warn("Rejected a push of camera {} larger than {} bytes", camera.get().id(), MAX_PUSH_BYTES);
            return Received.rejected(HttpStatus.CONTENT_TOO_LARGE, "push_too_large: more than " + MAX_PUSH_BYTES + " bytes");
        }
        CameraPush push;
        try {
            push = parser.parse(body, address);
        } catch (CameraPushException e) {
            log.warn("Rejected a push of camera {} at {}: {} {}", camera.get().id(), address, e.code().code(),
                    e.getMessage());
            return Received.rejected(HttpStatus.BAD_REQUEST, e.code().code() + ": " + e.getMessage());
        }
        cameras.platePushed(camera.get().id());
        if (push instanceof PlateEvent event) {
            reads.accept(camera.get().id(), camera.get().vendor(), event);
        } else if (push instanceof CameraHeartbeat) {
            log.debug("Heartbeat of plate camera {}", camera.get().id());
        }
        return new Received(text(HttpStatus.OK, "OK"), push);
    }

    private static ResponseEntity<String> text(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }

    @FunctionalInterface
    private interface Parser {
        CameraPush parse(byte[] body, String address);
    }
}

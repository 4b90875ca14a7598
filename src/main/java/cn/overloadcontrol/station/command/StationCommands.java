package cn.overloadcontrol.station.command;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditChanges;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.common.files.ContentAddressedFiles;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.validation.FieldProblem;
import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The queue of station commands: staff queue a camera snapshot or an LED test for a station in
 * their scope, the station polls and reports the result. Snapshots are stored by SHA-256 with the uploaded
 * documents, so the command row keeps only the hash.
 */
@Service
@Transactional
public class StationCommands {

    static final String AUDIT_OBJECT_TYPE = "station_command";
    static final int MAX_TEXT = 200;
    static final int MAX_DEVICE_ID = 64;

    private static final Logger log = LoggerFactory.getLogger(StationCommands.class);
    private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final StationCommandStore store;
    private final StationService stations;
    private final AuditLog auditLog;
    private final ContentAddressedFiles files;
    private final Clock clock = Clock.systemUTC();

    StationCommands(StationCommandStore store, StationService stations, AuditLog auditLog,
            @Value("${app.documents.dir:./data/documents}") Path documentsDir) {
        this.store = store;
        this.stations = stations;
        this.auditLog = auditLog;
        this.files = new ContentAddressedFiles(documentsDir);
    }

    /**
     * Queues a snapshot of the camera for a station in the current user's scope.
     *
     * @throws CommandRejectedException when the camera id is missing or too long
     * @throws cn.overloadcontrol.station.StationNotFoundException when the station is outside the scope
     */
    public StationCommand queueSnapshot(long stationId, String cameraId) {
        List<FieldProblem> problems = new ArrayList<>();
        String camera = required(problems, "cameraId", cameraId, MAX_DEVICE_ID);
        return queue(stationId, StationCommand.Kind.CAMERA_SNAPSHOT, camera, null, problems);
    }

    /**
     * Queues a test text for an LED board of a station in the current user's scope.
     *
     * @throws CommandRejectedException when the board id or the text is missing or too long
     */
    public StationCommand queueLedTest(long stationId, String boardId, String text) {
        List<FieldProblem> problems = new ArrayList<>();
        String board = required(problems, "boardId", boardId, MAX_DEVICE_ID);
        String checkedText = required(problems, "text", text, MAX_TEXT);
        return queue(stationId, StationCommand.Kind.LED_TEST, board, checkedText, problems);
    }

    private StationCommand queue(long stationId, StationCommand.Kind kind, String deviceId, String text,
            List<FieldProblem> problems) {
        StationView station = stations.view(stationId);
        if (!problems.isEmpty()) {
            throw new CommandRejectedException(400, CommandRejectedException.INVALID, "invalid command", problems);
        }
        String user = CurrentUsers.find().map(current -> current.username()).orElse("system");
        long id = store.insert(stationId, kind, deviceId, text, clock.instant(), user);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("deviceId", deviceId);
        after.put("text", text);
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, id, station.code(),
                AuditChanges.diff(null, after)));
        log.info("Queued command {} {} for device {} of station {} by {}", id, kind, deviceId, station.code(), user);
        return store.find(stationId, id).orElseThrow();
    }

    /** Returns a command of a station in the current user's scope, empty when the station has no such command. */
    @Transactional(readOnly = true)
    public Optional<StationCommand> find(long stationId, long commandId) {
        stations.view(stationId);
        return store.find(stationId, commandId);
    }

    /** Opens the snapshot a command returned, empty when it has none; the caller has checked the scope. */
    @Transactional(readOnly = true)
    public Optional<InputStream> image(StationCommand command) {
        return command.imageSha256() == null ? Optional.empty() : files.open(command.imageSha256());
    }

    /**
     * Hands the signing station its queued commands, each once, after expiring those that waited
     * longer than {@link StationCommand#EXPIRY}.
     */
    public List<StationCommand> poll(StationPrincipal station) {
        Instant now = clock.instant();
        int expired = store.expire(station.stationId(), now.minus(StationCommand.EXPIRY));
        if (expired > 0) {
            log.warn("Expired {} commands of station {} that no poll picked up within {}", expired,
                    station.stationCode(), StationCommand.EXPIRY);
        }
        List<StationCommand> commands = store.handOut(station.stationId(), now);
        if (!commands.isEmpty()) {
            log.info("Handed out commands {} to station {}", commands.stream().map(StationCommand::id).toList(),
                    station.stationCode());
        }
        return commands;
    }

    /**
     * Stores the signing station's result of one of its handed-out commands.
     *
     * @throws CommandRejectedException 404 for a command of another station or none, 409 for one
     *                                  already answered or never handed out, 400 for an invalid result
     */
    public StationCommand answer(StationPrincipal station, long commandId, CommandResultRequest result) {
        StationCommand command = store.find(station.stationId(), commandId).orElseThrow(() ->
                new CommandRejectedException(404, CommandRejectedException.NOT_FOUND,
                        "no command " + commandId + " for this station", List.of()));
        rejectUnless(command);
        List<FieldProblem> problems = new ArrayList<>();
        if (result.done() == null) {
            problems.add(FieldProblem.error("done", null, "required"));
        }
        String message = optional(problems, "message", result.message(), MAX_TEXT);
        byte[] image = image(problems, result.image());
        if (!problems.isEmpty()) {
            log.warn("Rejected result of command {} from station {}: {}", commandId, station.stationCode(), problems);
            throw new CommandRejectedException(400, CommandRejectedException.INVALID, "invalid result", problems);
        }
        String sha256 = image == null ? null : files.put(image);
        if (!store.answer(commandId, result.done(), message, sha256, clock.instant())) {
            // A concurrent result was stored between the read and the update.
            throw new CommandRejectedException(409, CommandRejectedException.ANSWERED,
                    "command " + commandId + " is already answered", List.of());
        }
        log.info("Station {} reported the result of command {}: done={} {}", station.stationCode(), commandId, result.done(),
                message);
        return store.find(station.stationId(), commandId).orElseThrow();
    }

    private static void rejectUnless(StationCommand command) {
        if (command.status() == StationCommand.Status.ANSWERED) {
            throw new CommandRejectedException(409, CommandRejectedException.ANSWERED,
                    "command " + command.id() + " is already answered", List.of());
        }
        if (command.status() != StationCommand.Status.SENT) {
            throw new CommandRejectedException(409, CommandRejectedException.NOT_SENT,
                    "command " + command.id() + " was never handed out (" + command.status() + ")", List.of());
        }
    }

    private static byte[] image(List<FieldProblem> problems, String base64) {
        if (base64 == null || base64.isBlank()) {
            return null;
        }
        byte[] image;
        try {
            // The basic decoder rejects stray characters, which the MIME decoder would skip.
            image = Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.error("image", null, "command.image_not_base64"));
            return null;
        }
        if (image.length < JPEG_START.length || image[0] != JPEG_START[0] || image[1] != JPEG_START[1]
                || image[2] != JPEG_START[2]) {
            problems.add(FieldProblem.error("image", null, "command.image_not_jpeg"));
            return null;
        }
        return image;
    }

    private static String required(List<FieldProblem> problems, String field, String value, int max) {
        String text = optional(problems, field, value, max);
        if (text == null && (value == null || value.isBlank())) {
            problems.add(FieldProblem.error(field, value, "required"));
        }
        return text;
    }

    private static String optional(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            problems.add(FieldProblem.error(field, text, "too_long", max));
            return null;
        }
        return text;
    }
}

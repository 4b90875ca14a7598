package cn.overloadcontrol.station.heartbeat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * Checks the {@code cameras} and {@code boards} parts of a heartbeat, adding each problem with
 * its JSON path, such as {@code cameras[1].state}.
 */
final class DevicePartChecks {

    static final List<String> STATES = List.of("ONLINE", "OFFLINE", "UNKNOWN");
    static final List<String> POSITIONS = List.of("FRONT", "REAR", "SIDE", "TOP", "CARGO");
    static final int MAX_CAMERAS = 32;
    static final int MAX_BOARDS = 8;

    /** {@code user:password@} or {@code user@} after a scheme, or before a host. */
    private static final Pattern CREDENTIALS = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)?[^/@\\s]+@.*");

    private final HeartbeatValidator fields;
    private final List<FieldProblem> problems;
    private final Instant receivedAt;

    /** Checks with the text and time rules of {@code fields}, adding to its {@code problems}. */
    DevicePartChecks(HeartbeatValidator fields, List<FieldProblem> problems, Instant receivedAt) {
        this.fields = fields;
        this.problems = problems;
        this.receivedAt = receivedAt;
    }

    /** Returns the checked cameras, or {@code null} when the part was absent or has a problem. */
    List<DeviceState> cameras(List<HeartbeatRequest.Camera> sent) {
        if (sent == null) {
            return null;
        }
        if (sent.size() > MAX_CAMERAS) {
            problems.add(FieldProblem.error("cameras", Integer.toString(sent.size()), "heartbeat.too_many_devices",
                    MAX_CAMERAS));
            return null;
        }
        int before = problems.size();
        Set<String> ids = new HashSet<>();
        List<DeviceState> cameras = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String at = "cameras[" + i + "]";
            HeartbeatRequest.Camera camera = sent.get(i);
            if (camera == null) {
                problems.add(FieldProblem.error(at, null, "required"));
                continue;
            }
            String id = id(at, camera.id(), ids);
            String position = oneOf(at + ".position", camera.position(), POSITIONS, false);
            String type = fields.text(at + ".type", camera.type(), 16);
            String vendor = fields.text(at + ".vendor", camera.vendor(), 16);
            String address = address(at + ".address", camera.address());
            String state = oneOf(at + ".state", camera.state(), STATES, true);
            String reason = fields.text(at + ".reason", camera.reason(), 200);
            Instant lastSuccessAt = fields.time(at + ".lastSuccessAt", camera.lastSuccessAt());
            cameras.add(new DeviceState(DeviceState.CAMERA, id, position, type, vendor, null, address, state, reason,
                    lastSuccessAt, null, receivedAt));
        }
        return problems.size() > before ? null : cameras;
    }

    /** Returns the checked boards, or {@code null} when the part was absent or has a problem. */
    List<DeviceState> boards(List<HeartbeatRequest.Board> sent) {
        if (sent == null) {
            return null;
        }
        if (sent.size() > MAX_BOARDS) {
            problems.add(FieldProblem.error("boards", Integer.toString(sent.size()), "heartbeat.too_many_devices",
                    MAX_BOARDS));
            return null;
        }
        int before = problems.size();
        Set<String> ids = new HashSet<>();
        List<DeviceState> boards = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
            String at = "boards[" + i + "]";
            HeartbeatRequest.Board board = sent.get(i);
            if (board == null) {
                problems.add(FieldProblem.error(at, null, "required"));
                continue;
            }
            String id = id(at, board.id(), ids);
            String protocol = fields.text(at + ".protocol", board.protocol(), 32);
            String address = address(at + ".address", board.address());
            String state = oneOf(at + ".state", board.state(), STATES, true);
            String reason = fields.text(at + ".reason", board.reason(), 200);
            Instant lastSuccessAt = fields.time(at + ".lastSuccessAt", board.lastSuccessAt());
            String lastText = fields.text(at + ".lastText", board.lastText(), 200);
            boards.add(new DeviceState(DeviceState.BOARD, id, null, null, null, protocol, address, state, reason,
                    lastSuccessAt, lastText, receivedAt));
        }
        return problems.size() > before ? null : boards;
    }

    private String id(String at, String value, Set<String> seen) {
        String id = fields.text(at + ".id", value, 64);
        if (id == null) {
            if (value == null || value.isBlank()) {
                problems.add(FieldProblem.error(at + ".id", value, "required"));
            }
            return null;
        }
        if (!seen.add(id)) {
            problems.add(FieldProblem.error(at + ".id", id, "heartbeat.duplicate_device"));
        }
        return id;
    }

    private String address(String field, String value) {
        String address = fields.text(field, value, 256);
        if (address != null && CREDENTIALS.matcher(address).matches()) {
            // The value is not echoed because it contains a password.
            problems.add(FieldProblem.error(field, null, "heartbeat.address_credentials"));
            return null;
        }
        return address;
    }

    private String oneOf(String field, String value, List<String> allowed, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.error(field, value, "required"));
            }
            return null;
        }
        if (!allowed.contains(value)) {
            problems.add(FieldProblem.error(field, value, "enum.invalid", String.join("、", allowed)));
            return null;
        }
        return value;
    }
}

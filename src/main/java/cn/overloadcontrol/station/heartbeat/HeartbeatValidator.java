package cn.overloadcontrol.station.heartbeat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.overloadcontrol.common.validation.FieldProblem;

/** Checks a heartbeat field by field and turns it into the facts to store. */
final class HeartbeatValidator {

    static final Set<String> INDICATOR_STATES = Set.of("CONNECTING", "ONLINE", "OFFLINE", "STOPPED");
    private static final int MAX_WEIGHT_KG = 200_000;

    private final List<FieldProblem> problems = new ArrayList<>();

    private HeartbeatValidator() {
    }

    /**
     * The heartbeat and the problems found; the facts are {@code null} when there are problems.
     * The camera and board lists are {@code null} when the heartbeat did not carry them.
     */
    record Checked(HeartbeatFacts facts, List<DeviceState> cameras, List<DeviceState> boards,
            List<FieldProblem> problems) {
    }

    static Checked check(long stationId, String keyId, HeartbeatRequest request, Instant receivedAt) {
        return new HeartbeatValidator().run(stationId, keyId, request, receivedAt);
    }

    private Checked run(long stationId, String keyId, HeartbeatRequest request, Instant receivedAt) {
        Instant sentAt = time("sentAt", request.sentAt());
        HeartbeatRequest.Indicator indicator = request.indicator();
        String device = null;
        String state = null;
        String reason = null;
        Instant lastFrameAt = null;
        Long readings = null;
        Long badFrames = null;
        if (indicator != null) {
            device = text("indicator.device", indicator.device(), 128);
            state = text("indicator.state", indicator.state(), 16);
            if (state != null && !INDICATOR_STATES.contains(state)) {
                problems.add(FieldProblem.error("indicator.state", state, "enum.invalid",
                        String.join("、", INDICATOR_STATES.stream().sorted().toList())));
            }
            reason = text("indicator.reason", indicator.reason(), 256);
            lastFrameAt = time("indicator.lastFrameAt", indicator.lastFrameAt());
            readings = count("indicator.readings", indicator.readings());
            badFrames = count("indicator.badFrames", indicator.badFrames());
        }
        Integer liveWeightKg = null;
        if (request.liveWeightKg() != null) {
            if (Math.abs(request.liveWeightKg()) > MAX_WEIGHT_KG) {
                problems.add(FieldProblem.error("liveWeightKg", request.liveWeightKg().toString(),
                        "number.out_of_range", -MAX_WEIGHT_KG, MAX_WEIGHT_KG));
            } else {
                liveWeightKg = request.liveWeightKg().intValue();
            }
        }
        String cycleState = text("cycleState", request.cycleState(), 32);
        Integer backlog = smallCount("backlog", request.backlog());
        Integer rejected = smallCount("rejected", request.rejected());
        String agentVersion = text("agentVersion", request.agentVersion(), 32);
        DevicePartChecks devices = new DevicePartChecks(this, problems, receivedAt);
        List<DeviceState> cameras = devices.cameras(request.cameras());
        List<DeviceState> boards = devices.boards(request.boards());
        if (!problems.isEmpty()) {
            return new Checked(null, null, null, List.copyOf(problems));
        }
        return new Checked(new HeartbeatFacts(stationId, keyId, receivedAt, sentAt, device, state, reason,
                lastFrameAt, readings, badFrames, liveWeightKg, cycleState, backlog, rejected, agentVersion,
                Boolean.TRUE.equals(request.stopping())), cameras, boards, List.of());
    }

    String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            problems.add(FieldProblem.error(field, value.substring(0, max) + "...", "too_long", max));
            return null;
        }
        return value;
    }

    Instant time(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.error(field, value, "time.invalid"));
            return null;
        }
    }

    private Long count(String field, Long value) {
        if (value != null && value < 0) {
            problems.add(FieldProblem.error(field, value.toString(), "number.out_of_range", 0, Long.MAX_VALUE));
            return null;
        }
        return value;
    }

    private Integer smallCount(String field, Integer value) {
        if (value != null && value < 0) {
            problems.add(FieldProblem.error(field, value.toString(), "number.out_of_range", 0, Integer.MAX_VALUE));
            return null;
        }
        return value;
    }
}

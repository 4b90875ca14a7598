package cn.overloadcontrol.station;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.validation.FieldProblem;

/** The rules of station fields that need no database. */
final class StationValidator {

    /** Upper-case letters, digits and hyphens, as printed on installation papers. */
    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,31}");
    static final int MAX_LANE_NO = 99;

    private StationValidator() {
    }

    static List<FieldProblem> validate(StationFields fields) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fields.unitId() == null) {
            problems.add(FieldProblem.error("unitId", null, "required"));
        }
        if (fields.code() != null && !fields.code().isEmpty() && !CODE.matcher(fields.code()).matches()) {
            problems.add(FieldProblem.error("code", fields.code(), "station.code_malformed"));
        }
        text(problems, "name", fields.name(), 64);
        if (fields.status() == null) {
            problems.add(FieldProblem.error("status", null, "required"));
        }
        lanes(problems, fields.lanes());
        return problems;
    }

    private static void lanes(List<FieldProblem> problems, List<LaneFields> lanes) {
        if (lanes.isEmpty()) {
            problems.add(FieldProblem.error("lanes", null, "station.lanes_required"));
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < lanes.size(); i++) {
            LaneFields lane = lanes.get(i);
            String prefix = "lanes[" + i + "].";
            if (lane.laneNo() == null) {
                problems.add(FieldProblem.error(prefix + "laneNo", null, "required"));
            } else if (lane.laneNo() < 1 || lane.laneNo() > MAX_LANE_NO) {
                problems.add(FieldProblem.error(prefix + "laneNo", lane.laneNo().toString(), "number.out_of_range",
                        1, MAX_LANE_NO));
            } else if (!seen.add(lane.laneNo())) {
                problems.add(FieldProblem.error(prefix + "laneNo", lane.laneNo().toString(),
                        "station.lane_duplicate"));
            }
            text(problems, prefix + "name", lane.name(), 32);
            if (lane.direction() == null) {
                problems.add(FieldProblem.error(prefix + "direction", null, "required"));
            }
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.error(field, value, "required"));
        } else if (value.length() > maxLength) {
            problems.add(FieldProblem.error(field, value, "too_long", maxLength));
        }
    }
}

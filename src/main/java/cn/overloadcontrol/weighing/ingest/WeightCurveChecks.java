package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import cn.overloadcontrol.common.validation.FieldProblem;

/**
 * Validates the optional weight curve of a record. Each list reports only its first bad entry,
 * so a curve of thousands of wrong points still gets a short error response.
 */
final class WeightCurveChecks {

    static final String FIELD = "weightCurve";

    /** A passage longer than a day is not one passage. */
    static final int MAX_T_MS = 86_400_000;

    static final int MAX_FRAME_BYTES = 64;

    /** Hex pairs, either packed or separated by single spaces. */
    private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]{2}( ?[0-9A-Fa-f]{2})*");

    private WeightCurveChecks() {
    }

    /** Returns the normalized curve, or {@code null} when none was sent or a problem was added. */
    static WeightCurve check(FieldChecks checks, WeightCurveRequest request) {
        if (request == null || (isEmpty(request.points()) && isEmpty(request.frames()))) {
            return null;
        }
        int before = checks.problems().size();
        List<WeightCurve.Point> points = points(checks, request.points());
        List<WeightCurve.Frame> frames = frames(checks, request.frames());
        return checks.problems().size() > before ? null : new WeightCurve(points, frames);
    }

    private static List<WeightCurve.Point> points(FieldChecks checks, List<WeightCurveRequest.Point> sent) {
        List<WeightCurve.Point> points = new ArrayList<>();
        if (sent == null) {
            return points;
        }
        String field = FIELD + ".points";
        if (sent.size() > WeightCurve.MAX_POINTS) {
            checks.add(FieldProblem.error(field, Integer.toString(sent.size()), "curve.too_many_points",
                    WeightCurve.MAX_POINTS));
            return points;
        }
        int previousT = 0;
        for (int i = 0; i < sent.size(); i++) {
            WeightCurveRequest.Point point = sent.get(i);
            String at = field + "[" + i + "]";
            FieldProblem problem = pointProblem(at, point, previousT);
            if (problem != null) {
                checks.add(problem);
                return points;
            }
            points.add(new WeightCurve.Point(point.t(), point.kg(), point.stable()));
            previousT = point.t();
        }
        return points;
    }

    private static FieldProblem pointProblem(String at, WeightCurveRequest.Point point, int previousT) {
        if (point == null) {
            return FieldProblem.error(at, null, "required");
        }
        FieldProblem timeProblem = timeProblem(at + ".t", point.t(), previousT);
        if (timeProblem != null) {
            return timeProblem;
        }
        if (point.kg() == null) {
            return FieldProblem.error(at + ".kg", null, "required");
        }
        if (point.kg() < 0 || point.kg() > RecordParser.MAX_GROSS_KG) {
            return FieldProblem.error(at + ".kg", point.kg().toString(), "number.out_of_range", 0,
                    RecordParser.MAX_GROSS_KG);
        }
        return null;
    }

    private static List<WeightCurve.Frame> frames(FieldChecks checks, List<WeightCurveRequest.Frame> sent) {
        List<WeightCurve.Frame> frames = new ArrayList<>();
        if (sent == null) {
            return frames;
        }
        String field = FIELD + ".frames";
        if (sent.size() > WeightCurve.MAX_FRAMES) {
            checks.add(FieldProblem.error(field, Integer.toString(sent.size()), "curve.too_many_frames",
                    WeightCurve.MAX_FRAMES));
            return frames;
        }
        int previousT = 0;
        for (int i = 0; i < sent.size(); i++) {
            WeightCurveRequest.Frame frame = sent.get(i);
            String at = field + "[" + i + "]";
            FieldProblem problem = frameProblem(at, frame, previousT);
            if (problem != null) {
                checks.add(problem);
                return frames;
            }
            frames.add(new WeightCurve.Frame(frame.t(), normalizedHex(frame.hex())));
            previousT = frame.t();
        }
        return frames;
    }

    private static FieldProblem frameProblem(String at, WeightCurveRequest.Frame frame, int previousT) {
        if (frame == null) {
            return FieldProblem.error(at, null, "required");
        }
        FieldProblem timeProblem = timeProblem(at + ".t", frame.t(), previousT);
        if (timeProblem != null) {
            return timeProblem;
        }
        if (frame.hex() == null || frame.hex().isBlank()) {
            return FieldProblem.error(at + ".hex", frame.hex(), "required");
        }
        String hex = frame.hex().strip();
        if (!HEX.matcher(hex).matches()) {
            return FieldProblem.error(at + ".hex", abbreviated(hex), "curve.hex_invalid");
        }
        if (hex.replace(" ", "").length() / 2 > MAX_FRAME_BYTES) {
            return FieldProblem.error(at + ".hex", abbreviated(hex), "curve.frame_too_long", MAX_FRAME_BYTES);
        }
        return null;
    }

    private static FieldProblem timeProblem(String field, Integer t, int previousT) {
        if (t == null) {
            return FieldProblem.error(field, null, "required");
        }
        if (t < 0 || t > MAX_T_MS) {
            return FieldProblem.error(field, t.toString(), "number.out_of_range", 0, MAX_T_MS);
        }
        if (t < previousT) {
            return FieldProblem.error(field, t.toString(), "curve.time_decreasing", previousT);
        }
        return null;
    }

    /** Returns the bytes as upper-case pairs separated by single spaces. */
    private static String normalizedHex(String hex) {
        String packed = hex.strip().replace(" ", "").toUpperCase(Locale.ROOT);
        StringBuilder normalized = new StringBuilder();
        for (int i = 0; i < packed.length(); i += 2) {
            normalized.append(i == 0 ? "" : " ").append(packed, i, i + 2);
        }
        return normalized.toString();
    }

    /** Keeps a rejected value short enough to echo back. */
    private static String abbreviated(String value) {
        return value.length() <= 200 ? value : value.substring(0, 200) + "…";
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}

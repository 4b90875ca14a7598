package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The validated weight curve and raw frames of a record. Its canonical JSON (keys in order, hex
 * in upper case with single spaces) is what is stored and hashed, so the record's content hash
 * covers it.
 *
 * @param points readings in arrival order
 * @param frames indicator frames in arrival order
 */
public record WeightCurve(List<Point> points, List<Frame> frames) {

    /** Readings and frames allowed per record. */
    public static final int MAX_POINTS = 3_000;
    public static final int MAX_FRAMES = 3_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public WeightCurve {
        points = List.copyOf(points);
        frames = List.copyOf(frames);
    }

    /**
     * One reading.
     *
     * @param t      milliseconds after the first point or frame
     * @param kg     the reading in kg
     * @param stable the stability flag, {@code null} when the indicator sends none
     */
    public record Point(int t, int kg, Boolean stable) {
    }

    /**
     * One frame.
     *
     * @param t   milliseconds after the first point or frame
     * @param hex the bytes as upper-case hex pairs separated by single spaces
     */
    public record Frame(int t, String hex) {
    }

    /** Returns the canonical JSON: {@code {"frames":[{"hex":..,"t":..}],"points":[{"kg":..,"stable":..,"t":..}]}}. */
    String canonicalJson() {
        List<Map<String, Object>> pointMaps = new ArrayList<>();
        for (Point point : points) {
            Map<String, Object> map = new TreeMap<>();
            map.put("t", point.t());
            map.put("kg", point.kg());
            if (point.stable() != null) {
                map.put("stable", point.stable());
            }
            pointMaps.add(map);
        }
        List<Map<String, Object>> frameMaps = new ArrayList<>();
        for (Frame frame : frames) {
            Map<String, Object> map = new TreeMap<>();
            map.put("t", frame.t());
            map.put("hex", frame.hex());
            frameMaps.add(map);
        }
        Map<String, Object> fields = new TreeMap<>();
        fields.put("points", pointMaps);
        fields.put("frames", frameMaps);
        return CanonicalJson.write(fields);
    }

    String sha256() {
        return CanonicalJson.sha256Hex(canonicalJson());
    }

    /** Reads a curve back from its stored canonical JSON. */
    static WeightCurve fromJson(String canonicalJson) {
        JsonNode root = JSON.readTree(canonicalJson);
        List<Point> points = new ArrayList<>();
        for (JsonNode node : root.path("points")) {
            JsonNode stable = node.get("stable");
            points.add(new Point(node.path("t").asInt(), node.path("kg").asInt(),
                    stable == null ? null : stable.asBoolean()));
        }
        List<Frame> frames = new ArrayList<>();
        for (JsonNode node : root.path("frames")) {
            frames.add(new Frame(node.path("t").asInt(), node.path("hex").asString()));
        }
        return new WeightCurve(points, frames);
    }

    /** Returns the first stable reading, else {@code null}. */
    public Point firstStable() {
        return points.stream().filter(point -> Boolean.TRUE.equals(point.stable())).findFirst().orElse(null);
    }
}

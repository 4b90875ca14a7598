package cn.overloadcontrol.weighing.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.overloadcontrol.weighing.ingest.WeightCurve;

/**
 * The geometry of a weight curve drawn as inline SVG on the record page: the readings as one
 * polyline, time in seconds on the x axis, tonnes on the y axis, the first stable reading marked
 * and the record's gross weight as a dashed line. Coordinates are in SVG user units.
 *
 * @param polyline    the {@code points} attribute of the curve's polyline
 * @param xTicks      time ticks along the bottom axis
 * @param yTicks      weight ticks along the left axis
 * @param stable      the first stable reading, {@code null} when no reading was flagged stable
 * @param grossY      the y of the record's gross weight
 * @param frames      the raw frames shown: the first and the last {@link #SHOWN_FRAMES}
 * @param frameCount  how many frames were sent
 * @param framesLeftOut how many frames between the first and last ones are not shown
 */
record CurveChart(String polyline, List<Tick> xTicks, List<Tick> yTicks, Marker stable, String grossY,
        int pointCount, List<FrameLine> frames, int frameCount, int framesLeftOut) {

    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    static final int LEFT = 56;
    static final int RIGHT = WIDTH - 16;
    static final int TOP = 16;
    static final int BOTTOM = HEIGHT - 36;

    /** Frames listed from each end of the list; a passage can have thousands. */
    static final int SHOWN_FRAMES = 20;

    private static final int TICKS = 5;

    /** One axis tick at {@code position} (x or y) with its label. */
    record Tick(String position, String label) {
    }

    /** A marked reading. */
    record Marker(String x, String y, String seconds, int kg) {
    }

    /** One raw frame with its time in seconds. */
    record FrameLine(String seconds, String hex) {
    }

    static CurveChart of(WeightCurve curve, int grossKg) {
        int maxT = Math.max(1, curve.points().stream().mapToInt(WeightCurve.Point::t).max().orElse(1));
        int maxReading = curve.points().stream().mapToInt(WeightCurve.Point::kg).max().orElse(0);
        double topKg = niceTop(Math.max(maxReading, grossKg));
        Scale scale = new Scale(maxT, topKg);

        StringBuilder polyline = new StringBuilder();
        for (WeightCurve.Point point : curve.points()) {
            polyline.append(polyline.isEmpty() ? "" : " ").append(scale.x(point.t())).append(',')
                    .append(scale.y(point.kg()));
        }
        WeightCurve.Point stablePoint = curve.firstStable();
        Marker stable = stablePoint == null ? null : new Marker(scale.x(stablePoint.t()), scale.y(stablePoint.kg()),
                seconds(stablePoint.t()), stablePoint.kg());
        return new CurveChart(polyline.toString(), timeTicks(scale, maxT), weightTicks(scale, topKg), stable,
                scale.y(grossKg), curve.points().size(), frameLines(curve.frames()), curve.frames().size(),
                Math.max(0, curve.frames().size() - 2 * SHOWN_FRAMES));
    }

    /** Rounds the heaviest value up to a whole number of tonnes divisible by the tick count. */
    private static double niceTop(int kg) {
        int stepTonnes = Math.max(1, (int) Math.ceil(kg / 1000.0 / TICKS));
        return stepTonnes * TICKS * 1000.0;
    }

    private static List<Tick> timeTicks(Scale scale, int maxT) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            int t = (int) Math.round((double) maxT * i / TICKS);
            ticks.add(new Tick(scale.x(t), seconds(t)));
        }
        return ticks;
    }

    private static List<Tick> weightTicks(Scale scale, double topKg) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= TICKS; i++) {
            double kg = topKg * i / TICKS;
            ticks.add(new Tick(scale.y(kg), String.format(Locale.ROOT, "%.0f", kg / 1000)));
        }
        return ticks;
    }

    private static List<FrameLine> frameLines(List<WeightCurve.Frame> frames) {
        List<WeightCurve.Frame> shown = frames.size() <= 2 * SHOWN_FRAMES ? frames
                : concat(frames.subList(0, SHOWN_FRAMES), frames.subList(frames.size() - SHOWN_FRAMES, frames.size()));
        return shown.stream().map(frame -> new FrameLine(seconds(frame.t()), frame.hex())).toList();
    }

    private static List<WeightCurve.Frame> concat(List<WeightCurve.Frame> first, List<WeightCurve.Frame> last) {
        List<WeightCurve.Frame> both = new ArrayList<>(first);
        both.addAll(last);
        return both;
    }

    /** Returns {@code true} when frames were left out, so the page shows the gap between the two ends. */
    public boolean framesCut() {
        return framesLeftOut > 0;
    }

    public int shownFromEachEnd() {
        return SHOWN_FRAMES;
    }

    private static String seconds(int ms) {
        return String.format(Locale.ROOT, "%.1f", ms / 1000.0);
    }

    /** Maps milliseconds and kilograms to the plot area. */
    private record Scale(int maxT, double topKg) {

        String x(int t) {
            return format(LEFT + (RIGHT - LEFT) * (double) t / maxT);
        }

        String y(double kg) {
            return format(BOTTOM - (BOTTOM - TOP) * Math.min(kg, topKg) / topKg);
        }

        private static String format(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}

package cn.overloadcontrol.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * A weight curve of bounded size. When it reaches its capacity it drops every second point and
 * from then on keeps every second reading, then every fourth, and so on, so a long passage keeps
 * its whole shape at a coarser step. The latest reading is always part of a snapshot.
 */
final class CurveBuffer {

    private final int capacity;
    private final List<CurvePoint> points = new ArrayList<>();
    private int stride = 1;
    private long received;
    private CurvePoint latest;

    CurveBuffer(int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("curve capacity " + capacity + " is too small: expected 2 or more");
        }
        this.capacity = capacity;
    }

    void add(CurvePoint point) {
        latest = point;
        if (received++ % stride != 0) {
            return;
        }
        if (points.size() == capacity) {
            thinOut();
        }
        points.add(point);
    }

    List<CurvePoint> snapshot() {
        List<CurvePoint> copy = new ArrayList<>(points);
        if (latest != null && (copy.isEmpty() || copy.get(copy.size() - 1) != latest)) {
            copy.add(latest);
        }
        return copy;
    }

    private void thinOut() {
        List<CurvePoint> kept = new ArrayList<>(capacity / 2 + 1);
        for (int i = 0; i < points.size(); i += 2) {
            kept.add(points.get(i));
        }
        points.clear();
        points.addAll(kept);
        stride *= 2;
        // The reading being added now is kept, so the next one kept is a whole stride later.
        received = 1;
    }
}

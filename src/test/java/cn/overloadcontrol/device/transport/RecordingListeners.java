package cn.overloadcontrol.device.transport;

import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorHealthListener;
import cn.overloadcontrol.device.IndicatorLinkState;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorResult;
import cn.overloadcontrol.device.IndicatorResultListener;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/** Collects what a connection reports on its reader thread, and waits for it in tests. */
final class RecordingListeners implements IndicatorResultListener, IndicatorHealthListener {

    final List<IndicatorResult> results = new CopyOnWriteArrayList<>();
    final List<IndicatorHealth> changes = new CopyOnWriteArrayList<>();

    @Override
    public void onResult(IndicatorResult result) {
        results.add(result);
    }

    @Override
    public void onHealth(IndicatorHealth health) {
        changes.add(health);
    }

    List<BigDecimal> weights() {
        return results.stream().filter(IndicatorReading.class::isInstance)
                .map(result -> ((IndicatorReading) result).weight()).toList();
    }

    List<IndicatorLinkState> states() {
        return changes.stream().map(IndicatorHealth::state).toList();
    }

    IndicatorHealth lastChange() {
        return changes.get(changes.size() - 1);
    }

    /**
     * Returns whether a change to this state was published. The connection sets its state before
     * it notifies listeners, so tests wait on this rather than on the state alone.
     */
    boolean hasChangedTo(IndicatorLinkState state) {
        return changes.stream().anyMatch(change -> change.state() == state);
    }

    /** Returns the newest change to this state; a reconnect may already have published later ones. */
    IndicatorHealth lastChangeTo(IndicatorLinkState state) {
        for (int i = changes.size() - 1; i >= 0; i--) {
            if (changes.get(i).state() == state) {
                return changes.get(i);
            }
        }
        throw new AssertionError("No change to " + state + " in " + states());
    }

    static void await(Duration limit, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit);
            }
            Thread.sleep(20);
        }
    }
}

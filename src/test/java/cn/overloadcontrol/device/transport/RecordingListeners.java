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

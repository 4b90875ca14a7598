package cn.overloadcontrol.support;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** Waiting in tests of concurrent code, with a time limit that fails the test rather than hang it. */
public final class Waits {

    private Waits() {
    }

    /** Polls the condition every 5 ms until it holds, or fails after {@code limit}. */
    public static void until(BooleanSupplier condition, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + limit.toSeconds() + " s");
            }
            Thread.sleep(5);
        }
    }

    /**
     * Waits for the latch from code that cannot throw checked exceptions, such as a stub that
     * blocks until the test releases it.
     *
     * @throws IllegalStateException when the latch is not released within {@code limit}
     */
    public static void released(CountDownLatch latch, Duration limit) {
        try {
            if (!latch.await(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("the test did not release the latch within " + limit.toSeconds()
                        + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package cn.overloadcontrol.agent.platform;

import java.time.Duration;

/** A signal that ends a sending thread's pause early, for example when a new record was journaled. */
final class WakeUp {

    private final Object lock = new Object();

    /**
     * Waits up to {@code wait}, or until {@link #signal()}; returns at once for a wait that is zero or negative.
     *
     * @throws InterruptedException when the thread is stopped while waiting
     */
    void pause(Duration wait) throws InterruptedException {
        if (wait.isNegative() || wait.isZero()) {
            return;
        }
        synchronized (lock) {
            lock.wait(Math.max(1, wait.toMillis()));
        }
    }

    /** Ends every current pause. */
    void signal() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }
}

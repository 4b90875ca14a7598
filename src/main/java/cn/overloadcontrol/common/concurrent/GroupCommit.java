package cn.overloadcontrol.common.concurrent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the work that concurrent callers submit in groups, on one thread of its own: the thread
 * takes everything submitted since its last group, up to {@code maxGroupSize} items, and hands
 * the group to an action that completes each item. Each caller waits for its own item only.
 * Under light load a group is a single item. Under load, items arrive while a group is being
 * written, so the groups grow and many callers share one transaction and its round trips.
 * This is what databases call group commit, done in the application.
 *
 * <p>Items that the action leaves incomplete, or all items of a group when the action throws,
 * fail with an exception, so no caller waits for an item whose group has ended.
 *
 * @param <I> the submitted item
 * @param <O> the result of one item
 */
public final class GroupCommit<I, O> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** How long {@link #close()} waits by default for the thread to run what was submitted. */
    public static final Duration DEFAULT_CLOSE_WAIT = Duration.ofSeconds(10);

    /** How often an idle thread checks whether it was closed. */
    private static final long POLL_MILLIS = 200;

    /** A submitted item and the result its caller waits for. */
    public static final class Pending<I, O> {

        private final I item;
        private final CompletableFuture<O> result = new CompletableFuture<>();

        private Pending(I item) {
            this.item = item;
        }

        public I item() {
            return item;
        }

        /** Completes the item with its result; later completions are ignored. */
        public void complete(O value) {
            result.complete(value);
        }

        /** Completes the item with an exception that its caller then throws. */
        public void fail(Throwable failure) {
            result.completeExceptionally(failure);
        }

        boolean isDone() {
            return result.isDone();
        }
    }

    private final String name;
    private final int maxGroupSize;
    private final Duration closeWait;
    private final Consumer<List<Pending<I, O>>> action;
    private final BlockingQueue<Pending<I, O>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    /**
     * Starts the thread that runs the groups, with a close wait of {@link #DEFAULT_CLOSE_WAIT}.
     *
     * @param name the thread's name, also used in logs
     * @param maxGroupSize the maximum number of items in one group
     * @param action completes every item of a group, in the order they were submitted
     */
    public GroupCommit(String name, int maxGroupSize, Consumer<List<Pending<I, O>>> action) {
        this(name, maxGroupSize, DEFAULT_CLOSE_WAIT, action);
    }

    /**
     * Starts the thread that runs the groups.
     *
     * @param closeWait how long {@link #close()} waits for the thread to run what was submitted
     */
    public GroupCommit(String name, int maxGroupSize, Duration closeWait, Consumer<List<Pending<I, O>>> action) {
        if (maxGroupSize < 1) {
            throw new IllegalArgumentException("maxGroupSize must be at least 1, was " + maxGroupSize);
        }
        this.name = name;
        this.maxGroupSize = maxGroupSize;
        this.closeWait = closeWait;
        this.action = action;
        this.thread = new Thread(this::runGroups, name);
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Submits an item and waits until its group has run.
     *
     * @return the item's result
     * @throws RuntimeException the exception that the action completed the item with, or an
     *         {@link IllegalStateException} after {@link #close()}
     */
    public O submit(I item) {
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        Pending<I, O> pending = new Pending<>(item);
        queue.add(pending);
        if (closed) {
            failIfOrphaned(pending);
        }
        try {
            return pending.result.join();
        } catch (CompletionException e) {
            throw unwrap(e.getCause());
        }
    }

    /**
     * Fails an item that was added while {@link #close()} ran, once the thread has stopped or
     * the close wait has passed, if nothing took the item from the queue before.
     */
    private void failIfOrphaned(Pending<I, O> pending) {
        try {
            thread.join(closeWait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (queue.remove(pending)) {
            pending.fail(new IllegalStateException(name + " is closed"));
        }
    }

    /**
     * Fails every item that waits for a group, for example when the group that just failed
     * shows that all of them would fail the same way.
     *
     * @return the number of items failed
     */
    public int failWaiting(Throwable failure) {
        List<Pending<I, O>> waiting = new ArrayList<>();
        queue.drainTo(waiting);
        waiting.forEach(pending -> pending.fail(failure));
        return waiting.size();
    }

    /** Returns the number of submitted items that wait for a group to take them. */
    public int waiting() {
        return queue.size();
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private void runGroups() {
        List<Pending<I, O>> group = new ArrayList<>(maxGroupSize);
        while (true) {
            Pending<I, O> first;
            try {
                first = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                first = null;
            }
            if (first == null) {
                if (closed && queue.isEmpty()) {
                    break;
                }
                continue;
            }
            group.add(first);
            queue.drainTo(group, maxGroupSize - 1);
            run(group);
            group.clear();
        }
        log.debug("{} stopped", name);
    }

    private void run(List<Pending<I, O>> group) {
        if (group.isEmpty()) {
            return;
        }
        try {
            action.accept(List.copyOf(group));
        } catch (RuntimeException | Error e) {
            log.error("{}: a group of {} items failed", name, group.size(), e);
            group.forEach(pending -> pending.fail(e));
            return;
        }
        for (Pending<I, O> pending : group) {
            if (!pending.isDone()) {
                pending.fail(new IllegalStateException(name + " left an item without a result"));
            }
        }
    }

    /**
     * Rejects new items, runs those already submitted and waits for the thread to stop, at most
     * the close wait given to the constructor. After that, the items still waiting fail, so that a shutdown does not
     * hang behind a group that waits for an unreachable database. The group that is running
     * then ends on its own, or with the JVM.
     */
    @Override
    public void close() {
        closed = true;
        try {
            thread.join(closeWait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            int failed = failWaiting(new IllegalStateException(name + " was closed before the item ran"));
            log.warn("{} still runs a group {} ms after close; failed the {} items that waited", name,
                    closeWait.toMillis(), failed);
        }
    }
}

package cn.overloadcontrol.device.transport;

import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.IndicatorFramer;
import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorHealthListener;
import cn.overloadcontrol.device.IndicatorLink;
import cn.overloadcontrol.device.IndicatorLinkState;
import cn.overloadcontrol.device.IndicatorProtocol;
import cn.overloadcontrol.device.IndicatorReading;
import cn.overloadcontrol.device.IndicatorResult;
import cn.overloadcontrol.device.IndicatorResultListener;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one reader of one indicator link: a thread that opens the link, feeds every read into the
 * framer and watches for valid frames. An open port proves nothing (a pseudo-terminal or an
 * unplugged USB adapter can look open), so only a valid frame keeps the link ONLINE; silence
 * beyond the limit closes it and reopens it with a capped exponential backoff.
 */
public final class IndicatorConnection implements IndicatorLink {

    private static final Logger log = LoggerFactory.getLogger(IndicatorConnection.class);

    private final ByteLink link;
    private final IndicatorFramer framer;
    private final IndicatorHealthListener health;
    private final WatchdogSettings watchdog;
    private final Backoff backoff;
    private final Clock clock = Clock.systemUTC();
    private final Thread reader;

    private volatile IndicatorLinkState state;
    private volatile Instant lastFrameAt;
    private volatile boolean running;
    private long quietSinceNanos;

    public IndicatorConnection(ByteLink link, IndicatorProtocol protocol, Map<String, String> options,
                               IndicatorResultListener results, IndicatorHealthListener health,
                               WatchdogSettings watchdog) {
        this.link = link;
        this.framer = protocol.newFramer(options, result -> onResult(result, results));
        this.health = health;
        this.watchdog = watchdog;
        this.backoff = new Backoff(watchdog.initialBackoff(), watchdog.maxBackoff());
        this.reader = new Thread(this::run, "indicator-" + link.device());
        this.reader.setDaemon(true);
    }

    @Override
    public void start() {
        running = true;
        reader.start();
    }

    @Override
    public IndicatorLinkState state() {
        return state;
    }

    @Override
    public Instant lastFrameAt() {
        return lastFrameAt;
    }

    @Override
    public FramerCounters counters() {
        return framer.counters();
    }

    /** Stops the reader and closes the port, so that it reopens after a restart. */
    @Override
    public void close() {
        running = false;
        reader.interrupt();
        try {
            reader.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        byte[] buffer = new byte[1024];
        try {
            while (running) {
                if (state != IndicatorLinkState.CONNECTING && state != IndicatorLinkState.ONLINE) {
                    openOrWait();
                } else {
                    readOnce(buffer);
                }
            }
        } finally {
            link.close();
            framer.flush();
            change(IndicatorLinkState.STOPPED, "shutdown");
        }
    }

    private void openOrWait() {
        try {
            link.open();
            quietSinceNanos = System.nanoTime();
            change(IndicatorLinkState.CONNECTING, "opened, waiting for a valid frame");
        } catch (IOException | RuntimeException e) {
            if (state != IndicatorLinkState.OFFLINE) {
                change(IndicatorLinkState.OFFLINE, "open failed: " + e.getMessage());
            }
            pause();
        }
    }

    private void readOnce(byte[] buffer) {
        try {
            int count = link.read(buffer);
            if (count > 0) {
                framer.accept(buffer, 0, count);
            }
            checkSilence();
        } catch (IOException | RuntimeException e) {
            goOffline("read failed: " + e.getMessage());
        }
    }

    private void checkSilence() {
        Duration quiet = Duration.ofNanos(System.nanoTime() - quietSinceNanos);
        if (quiet.compareTo(watchdog.silenceLimit()) > 0) {
            goOffline("no valid frame for " + quiet.toMillis() + " ms");
        }
    }

    private void goOffline(String reason) {
        link.close();
        // Leftover bytes of the old connection must never join bytes of the new one.
        framer.flush();
        change(IndicatorLinkState.OFFLINE, reason);
        pause();
    }

    /** Runs on the reader thread, inside framer.accept. */
    private void onResult(IndicatorResult result, IndicatorResultListener results) {
        if (result instanceof IndicatorReading) {
            lastFrameAt = clock.instant();
            quietSinceNanos = System.nanoTime();
            backoff.reset();
            if (state != IndicatorLinkState.ONLINE) {
                change(IndicatorLinkState.ONLINE, "valid frames arrive");
            }
        }
        results.onResult(result);
    }

    private void pause() {
        Duration delay = backoff.nextDelay();
        log.debug("Indicator {}: next open attempt in {} ms", link.device(), delay.toMillis());
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            running = false;
        }
    }

    private void change(IndicatorLinkState next, String reason) {
        state = next;
        IndicatorHealth report = new IndicatorHealth(link.device(), next, reason, clock.instant(), lastFrameAt,
                framer.counters());
        if (next == IndicatorLinkState.OFFLINE) {
            log.warn("Indicator {} is {}: {} (last valid frame {})", link.device(), next, reason, lastFrameAt);
        } else {
            log.info("Indicator {} is {}: {}", link.device(), next, reason);
        }
        try {
            health.onHealth(report);
        } catch (RuntimeException e) {
            log.warn("Indicator health listener {} failed on {}", health, report, e);
        }
    }
}

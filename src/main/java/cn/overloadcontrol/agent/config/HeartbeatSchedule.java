package cn.overloadcontrol.agent.config;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.overloadcontrol.agent.platform.HeartbeatSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends a heartbeat every {@code station.heartbeat-interval}, starting 5 seconds after start-up,
 * and one more at once when the indicator's state changes, so that the platform shows an
 * unplugged indicator without waiting for the next interval. On a clean shutdown it sends a
 * last heartbeat that marks the station as stopping.
 */
@Component
class HeartbeatSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatSchedule.class);
    /** A shutdown waits at most this long for the platform; an unreachable one must not hold it up. */
    private static final long STOPPING_TIMEOUT_SECONDS = 5;

    private final HeartbeatSender sender;
    /** Set once shutdown begins, so that no regular heartbeat follows the stopping one. */
    private volatile boolean stopping;
    private final ExecutorService immediate = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heartbeat-on-change");
        thread.setDaemon(true);
        return thread;
    });

    HeartbeatSchedule(HeartbeatSender sender, StationMonitor monitor) {
        this.sender = sender;
        monitor.onStateChange(() -> immediate.execute(this::sendQuietly));
    }

    @Scheduled(fixedDelayString = "${station.heartbeat-interval:30s}", initialDelayString = "5s")
    void sendHeartbeat() throws InterruptedException {
        if (!stopping) {
            sender.send();
        }
    }

    private void sendQuietly() {
        try {
            sender.send();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            log.warn("Heartbeat after an indicator state change failed", e);
        }
    }

    @Override
    public void destroy() {
        stopping = true;
        Future<Boolean> lastHeartbeat = immediate.submit(sender::sendStopping);
        try {
            lastHeartbeat.get(STOPPING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            log.warn("The stopping heartbeat failed", e.getCause());
        } catch (TimeoutException e) {
            log.warn("The platform did not respond to the stopping heartbeat within {} s", STOPPING_TIMEOUT_SECONDS);
        }
        immediate.shutdownNow();
    }
}

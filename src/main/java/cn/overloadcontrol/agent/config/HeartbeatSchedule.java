package cn.overloadcontrol.agent.config;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import cn.overloadcontrol.agent.platform.HeartbeatSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends a heartbeat every {@code station.heartbeat-interval}, starting 5 seconds after start-up,
 * and one more at once when the indicator's state changes, so that the platform shows an
 * unplugged indicator without waiting for the next interval.
 */
@Component
class HeartbeatSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(HeartbeatSchedule.class);

    private final HeartbeatSender sender;
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
        sender.send();
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
        immediate.shutdownNow();
    }
}

package cn.overloadcontrol.agent.config;

import cn.overloadcontrol.agent.platform.HeartbeatSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends a heartbeat every {@code station.heartbeat-interval}, starting 5 seconds after start-up. */
@Component
class HeartbeatSchedule {

    private final HeartbeatSender sender;

    HeartbeatSchedule(HeartbeatSender sender) {
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${station.heartbeat-interval:30s}", initialDelayString = "5s")
    void sendHeartbeat() throws InterruptedException {
        sender.send();
    }
}

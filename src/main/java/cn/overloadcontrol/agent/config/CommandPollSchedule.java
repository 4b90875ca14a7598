package cn.overloadcontrol.agent.config;

import cn.overloadcontrol.agent.platform.CommandPoller;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Asks the platform for queued commands every {@code station.command-poll}, while the station is paired. */
@Component
class CommandPollSchedule {

    private final CommandPoller poller;

    CommandPollSchedule(CommandPoller poller) {
        this.poller = poller;
    }

    @Scheduled(fixedDelayString = "${station.command-poll:3s}", initialDelayString = "5s")
    void poll() throws InterruptedException {
        poller.poll();
    }
}

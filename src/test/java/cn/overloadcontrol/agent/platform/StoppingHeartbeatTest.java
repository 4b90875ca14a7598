package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.agent.config.StationMonitor;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorLinkState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The last heartbeat of a clean shutdown marks the station as stopping; reasons go out in Chinese. */
class StoppingHeartbeatTest {

    @TempDir
    Path folder;

    CommandStandIn platform;
    Journal journal;
    Forwarder forwarder;
    CredentialStore credentials;
    StationMonitor monitor;
    HeartbeatSender sender;

    @BeforeEach
    void start() throws IOException {
        platform = CommandStandIn.start();
        journal = Journal.open(folder, Clock.systemUTC());
        credentials = new CredentialStore(folder);
        PlatformClient client = new PlatformClient(Clock.systemUTC());
        forwarder = new Forwarder(journal, DeliveryCursor.open(folder), credentials, client,
                ForwarderSettings.defaults(), Clock.systemUTC());
        HeartbeatContributor boards = report -> report.putArray("boards");
        monitor = new StationMonitor();
        sender = new HeartbeatSender(client, credentials, monitor, forwarder, Clock.systemUTC(),
                List.of(boards));
    }

    @AfterEach
    void stop() {
        forwarder.close();
        journal.close();
        platform.close();
    }

    @Test
    void stoppingHeartbeatCarriesFlag() throws InterruptedException {
        credentials.save(new PlatformCredential(platform.url(), "ak-test", "secret", "S-TEST", Instant.now()));

        assertThat(sender.send()).isTrue();
        assertThat(sender.sendStopping()).isTrue();

        assertThat(platform.heartbeats()).hasSize(2);
        assertThat(platform.heartbeats().get(0).has("stopping")).isFalse();
        assertThat(platform.heartbeats().get(1).path("stopping").asBoolean()).isTrue();
        assertThat(platform.heartbeats().get(1).path("boards").isArray()).isTrue();
    }

    @Test
    void indicatorReasonSentInChinese() throws InterruptedException {
        credentials.save(new PlatformCredential(platform.url(), "ak-test", "secret", "S-TEST", Instant.now()));
        Instant now = Instant.now();
        monitor.onHealth(new IndicatorHealth("/dev/ttyUSB0", IndicatorLinkState.ONLINE, "valid frames arrive",
                now, now, new FramerCounters(120, Map.of(), 0, 0)));

        assertThat(sender.send()).isTrue();

        assertThat(platform.heartbeats()).hasSize(1);
        assertThat(platform.heartbeats().get(0).path("indicator").path("reason").asString()).isEqualTo("数据帧正常");
    }

    @Test
    void unpairedStationSendsNothing() throws InterruptedException {
        assertThat(sender.sendStopping()).isFalse();
        assertThat(platform.heartbeats()).isEmpty();
    }
}

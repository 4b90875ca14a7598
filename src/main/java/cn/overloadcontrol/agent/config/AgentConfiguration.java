package cn.overloadcontrol.agent.config;

import java.time.Clock;

import cn.overloadcontrol.agent.desk.PassageDesk;
import cn.overloadcontrol.agent.journal.DeliveryCursor;
import cn.overloadcontrol.agent.journal.Journal;
import cn.overloadcontrol.agent.platform.CommandPoller;
import cn.overloadcontrol.agent.platform.CredentialStore;
import cn.overloadcontrol.agent.platform.DailyCountContributor;
import cn.overloadcontrol.agent.platform.Forwarder;
import cn.overloadcontrol.agent.platform.ForwarderSettings;
import cn.overloadcontrol.agent.platform.HeartbeatContributor;
import cn.overloadcontrol.agent.platform.HeartbeatSender;
import cn.overloadcontrol.agent.platform.PairingClient;
import cn.overloadcontrol.agent.platform.OutgoingRecords;
import cn.overloadcontrol.agent.platform.PlatformClient;
import cn.overloadcontrol.agent.platform.StationCommandHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The station's durable store, its link to the platform and the passage desk. */
@Configuration
class AgentConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean(destroyMethod = "close")
    Journal journal(StationProperties properties, Clock clock) {
        return Journal.open(properties.dataDir(), clock);
    }

    @Bean
    DeliveryCursor deliveryCursor(StationProperties properties) {
        return DeliveryCursor.open(properties.dataDir());
    }

    @Bean
    CredentialStore credentialStore(StationProperties properties) {
        return new CredentialStore(properties.dataDir());
    }

    @Bean
    PlatformClient platformClient(Clock clock) {
        return new PlatformClient(clock);
    }

    @Bean(initMethod = "start", destroyMethod = "close")
    Forwarder forwarder(Journal journal, DeliveryCursor cursor, CredentialStore credentials, PlatformClient client,
            StationProperties properties, Clock clock, ObjectProvider<OutgoingRecords> outgoing) {
        StationProperties.Forward forward = properties.forward();
        ForwarderSettings settings = new ForwarderSettings(forward.batchSize(), forward.firstRetry(),
                forward.maxRetry(), ForwarderSettings.defaults().idlePoll());
        return new Forwarder(journal, cursor, credentials, client, settings, clock,
                outgoing.getIfAvailable(() -> OutgoingRecords.AS_JOURNALED));
    }

    @Bean
    PairingClient pairingClient(PlatformClient client, CredentialStore credentials, Clock clock) {
        return new PairingClient(client, credentials, clock);
    }

    @Bean
    PassageDesk passageDesk(Journal journal, DeliveryCursor cursor, Forwarder forwarder,
            StationProperties properties) {
        return new PassageDesk(journal, cursor, forwarder::wake, properties.direction(), properties.laneNo());
    }

    @Bean
    StationMonitor stationMonitor() {
        return new StationMonitor();
    }

    @Bean
    DailyCountContributor dailyCountContributor(Journal journal, Clock clock) {
        return new DailyCountContributor(journal, clock);
    }

    @Bean
    HeartbeatSender heartbeatSender(PlatformClient client, CredentialStore credentials, StationMonitor monitor,
            Forwarder forwarder, Clock clock, ObjectProvider<HeartbeatContributor> contributors) {
        return new HeartbeatSender(client, credentials, monitor, forwarder, clock,
                contributors.orderedStream().toList());
    }

    @Bean
    CommandPoller commandPoller(PlatformClient client, CredentialStore credentials,
            ObjectProvider<StationCommandHandler> handlers) {
        return new CommandPoller(client, credentials, handlers.orderedStream().toList());
    }
}

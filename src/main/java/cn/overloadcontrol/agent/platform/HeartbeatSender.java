package cn.overloadcontrol.agent.platform;

import java.io.IOException;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import cn.overloadcontrol.agent.config.StationMonitor;
import cn.overloadcontrol.device.FramerCounters;
import cn.overloadcontrol.device.IndicatorHealth;
import cn.overloadcontrol.device.IndicatorReasons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends the station's status to the platform: the indicator link, live weight, cycle state and
 * journal backlog. A failed heartbeat is not retried, because the next one follows within the
 * interval and carries fresher data.
 */
public class HeartbeatSender {

    static final String HEARTBEAT_PATH = "/api/v1/heartbeats";
    private static final Logger log = LoggerFactory.getLogger(HeartbeatSender.class);

    private final JsonMapper json = JsonMapper.builder().build();
    private final PlatformClient client;
    private final CredentialStore credentials;
    private final StationMonitor monitor;
    private final Forwarder forwarder;
    private final Clock clock;
    private final List<HeartbeatContributor> contributors;
    private volatile Instant lastSentAt;
    private volatile String lastError;

    public HeartbeatSender(PlatformClient client, CredentialStore credentials, StationMonitor monitor,
            Forwarder forwarder, Clock clock, List<HeartbeatContributor> contributors) {
        this.client = client;
        this.credentials = credentials;
        this.monitor = monitor;
        this.forwarder = forwarder;
        this.clock = clock;
        this.contributors = List.copyOf(contributors);
    }

    /** Sends one heartbeat when the station is paired; returns whether the platform accepted it. */
    public boolean send() throws InterruptedException {
        return send(report());
    }

    /**
     * Sends the last heartbeat of a clean shutdown, with {@code "stopping": true}, so that the
     * platform shows the station offline at once instead of after the missed heartbeats.
     */
    public boolean sendStopping() throws InterruptedException {
        if (credentials.load().isEmpty()) {
            return false;
        }
        ObjectNode report = report();
        report.put("stopping", true);
        boolean accepted = send(report);
        log.info("Stopping heartbeat {}", accepted ? "accepted by the platform" : "not delivered");
        return accepted;
    }

    private synchronized boolean send(ObjectNode report) throws InterruptedException {
        Optional<PlatformCredential> credential = credentials.load();
        if (credential.isEmpty()) {
            return false;
        }
        try {
            PlatformResponse response = client.postSigned(credential.get(), HEARTBEAT_PATH,
                    json.writeValueAsBytes(report));
            if (response.isSuccess()) {
                if (lastError != null) {
                    log.info("Heartbeats reach the platform {} again", credential.get().platformUrl());
                }
                lastSentAt = clock.instant();
                lastError = null;
                return true;
            }
            failed("platform answered HTTP " + response.status() + ": " + response.bodyText());
        } catch (IOException e) {
            failed("platform " + credential.get().platformUrl() + " unreachable: " + e);
        }
        return false;
    }

    /** Returns when the platform last accepted a heartbeat, or {@code null}. */
    public Instant lastSentAt() {
        return lastSentAt;
    }

    /** Returns why the last heartbeat failed, or {@code null} after a success. */
    public String lastError() {
        return lastError;
    }

    ObjectNode report() {
        ObjectNode report = json.createObjectNode();
        report.put("sentAt", clock.instant().atOffset(ZoneOffset.ofHours(8)).toString());
        IndicatorHealth health = monitor.indicator();
        if (health != null) {
            ObjectNode indicator = report.putObject("indicator");
            indicator.put("device", health.device());
            indicator.put("state", health.state().name());
            indicator.put("reason", IndicatorReasons.chinese(health.reason()));
            Instant lastFrameAt = monitor.lastFrameAt();
            if (lastFrameAt != null) {
                indicator.put("lastFrameAt", lastFrameAt.atOffset(ZoneOffset.ofHours(8)).toString());
            }
            FramerCounters counters = monitor.counters();
            indicator.put("readings", counters.readings());
            indicator.put("badFrames", counters.rejections().values().stream().mapToLong(Long::longValue).sum());
        }
        if (monitor.liveWeightKg() != null) {
            report.put("liveWeightKg", monitor.liveWeightKg().setScale(0, RoundingMode.HALF_UP).longValue());
        }
        report.put("cycleState", monitor.cycleState());
        ForwarderStatus status = forwarder.status();
        report.put("backlog", status.backlog());
        report.put("rejected", status.rejected());
        report.put("agentVersion", agentVersion());
        contributors.forEach(contributor -> contributor.contribute(report));
        return report;
    }

    private void failed(String reason) {
        if (!reason.equals(lastError)) {
            log.warn("Heartbeat failed: {}", reason);
        }
        lastError = reason;
    }

    private static String agentVersion() {
        String version = HeartbeatSender.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}

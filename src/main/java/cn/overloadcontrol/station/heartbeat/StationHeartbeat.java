package cn.overloadcontrol.station.heartbeat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest heartbeat of one station. */
@Entity
@Table(name = "station_heartbeat")
class StationHeartbeat {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Id
    @Column(name = "station_id")
    private Long stationId;

    @Column(name = "received_at", nullable = false)
    private OffsetDateTime receivedAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(name = "key_id", nullable = false, length = 32)
    private String keyId;

    @Column(name = "indicator_device", length = 128)
    private String indicatorDevice;

    @Column(name = "indicator_state", length = 16)
    private String indicatorState;

    @Column(name = "indicator_reason", length = 256)
    private String indicatorReason;

    @Column(name = "last_frame_at")
    private OffsetDateTime lastFrameAt;

    private Long readings;

    @Column(name = "bad_frames")
    private Long badFrames;

    @Column(name = "live_weight_kg")
    private Integer liveWeightKg;

    @Column(name = "cycle_state", length = 32)
    private String cycleState;

    private Integer backlog;

    private Integer rejected;

    @Column(name = "agent_version", length = 32)
    private String agentVersion;

    @Column(nullable = false)
    private boolean stopping;

    protected StationHeartbeat() {
    }

    StationHeartbeat(long stationId) {
        this.stationId = stationId;
    }

    void apply(HeartbeatFacts facts) {
        this.receivedAt = at(facts.receivedAt());
        this.sentAt = at(facts.sentAt());
        this.keyId = facts.keyId();
        this.indicatorDevice = facts.indicatorDevice();
        this.indicatorState = facts.indicatorState();
        this.indicatorReason = facts.indicatorReason();
        this.lastFrameAt = at(facts.lastFrameAt());
        this.readings = facts.readings();
        this.badFrames = facts.badFrames();
        this.liveWeightKg = facts.liveWeightKg();
        this.cycleState = facts.cycleState();
        this.backlog = facts.backlog();
        this.rejected = facts.rejected();
        this.agentVersion = facts.agentVersion();
        this.stopping = facts.stopping();
    }

    HeartbeatFacts facts() {
        return new HeartbeatFacts(stationId, keyId, receivedAt.toInstant(), instant(sentAt), indicatorDevice,
                indicatorState, indicatorReason, instant(lastFrameAt), readings, badFrames, liveWeightKg, cycleState,
                backlog, rejected, agentVersion, stopping);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(CHINA);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

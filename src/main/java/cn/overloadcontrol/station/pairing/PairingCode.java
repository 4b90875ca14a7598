package cn.overloadcontrol.station.pairing;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A one-time pairing code of a station, stored as its SHA-256. */
@Entity
@Table(name = "station_pairing_code")
class PairingCode {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "created_by", updatable = false, length = 64)
    private String createdBy;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    @Column(name = "used_from", length = 64)
    private String usedFrom;

    @Column(name = "issued_key_id", length = 32)
    private String issuedKeyId;

    @Column(name = "replaced_at")
    private OffsetDateTime replacedAt;

    @Version
    private long version;

    protected PairingCode() {
    }

    PairingCode(long stationId, long unitId, String codeHash, Instant now, Instant expiresAt, String createdBy) {
        this.stationId = stationId;
        this.unitId = unitId;
        this.codeHash = codeHash;
        this.createdAt = now.atOffset(CHINA);
        this.expiresAt = expiresAt.atOffset(CHINA);
        this.createdBy = createdBy;
    }

    /** Returns why the code cannot be redeemed at {@code now}, or {@code null} when it can. */
    PairingFailure unusableReason(Instant now) {
        if (usedAt != null) {
            return PairingFailure.CODE_USED;
        }
        if (replacedAt != null) {
            return PairingFailure.CODE_REPLACED;
        }
        if (!expiresAt.toInstant().isAfter(now)) {
            return PairingFailure.CODE_EXPIRED;
        }
        return null;
    }

    /**
     * Marks the code used.
     *
     * @throws IllegalStateException when it is already used or replaced
     */
    void redeem(Instant now, String remoteAddr, String keyId) {
        if (usedAt != null || replacedAt != null) {
            throw new IllegalStateException("Pairing code " + id + " is already used or replaced");
        }
        this.usedAt = now.atOffset(CHINA);
        this.usedFrom = remoteAddr;
        this.issuedKeyId = keyId;
    }

    void replace(Instant now) {
        if (usedAt == null && replacedAt == null) {
            this.replacedAt = now.atOffset(CHINA);
        }
    }

    Long getId() {
        return id;
    }

    Long getStationId() {
        return stationId;
    }

    Long getUnitId() {
        return unitId;
    }

    Instant getExpiresAt() {
        return expiresAt.toInstant();
    }
}

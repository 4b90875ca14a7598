package cn.overloadcontrol.station.credential;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An API credential of a station: a key id and its secret, encrypted with the application key. */
@Entity
@Table(name = "station_credential")
class StationCredential {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "station_id", nullable = false, updatable = false)
    private Long stationId;

    @Column(name = "key_id", nullable = false, updatable = false, length = 32)
    private String keyId;

    @Column(name = "secret_ciphertext", nullable = false, length = 256)
    private String secretCiphertext;

    @Column(name = "previous_secret_ciphertext", length = 256)
    private String previousSecretCiphertext;

    @Column(name = "previous_valid_until")
    private OffsetDateTime previousValidUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CredentialStatus status = CredentialStatus.ACTIVE;

    @Column(name = "issued_at", nullable = false)
    private OffsetDateTime issuedAt;

    @Column(name = "issued_by", length = 64)
    private String issuedBy;

    @Column(name = "rotated_at")
    private OffsetDateTime rotatedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    @Version
    private long version;

    protected StationCredential() {
    }

    StationCredential(long stationId, String keyId, String secretCiphertext, Instant now, String issuedBy) {
        this.stationId = stationId;
        this.keyId = keyId;
        this.secretCiphertext = secretCiphertext;
        this.issuedAt = at(now);
        this.issuedBy = issuedBy;
    }

    /**
     * Replaces the secret. The old one stays valid until {@code oldValidUntil}; pass {@code now}
     * to invalidate it at once.
     *
     * @throws IllegalStateException when the credential is revoked
     */
    void rotate(String newSecretCiphertext, String previousCiphertextForGrace, Instant now, Instant oldValidUntil) {
        requireActive("rotate");
        this.previousSecretCiphertext = oldValidUntil.isAfter(now) ? previousCiphertextForGrace : null;
        this.previousValidUntil = oldValidUntil.isAfter(now) ? at(oldValidUntil) : null;
        this.secretCiphertext = newSecretCiphertext;
        this.rotatedAt = at(now);
    }

    /** Revokes the credential; both its secrets stop working at once. */
    void revoke(Instant now) {
        requireActive("revoke");
        this.status = CredentialStatus.REVOKED;
        this.previousSecretCiphertext = null;
        this.previousValidUntil = null;
        this.revokedAt = at(now);
    }

    /** Whether the secret before the last rotation is still accepted at {@code now}. */
    boolean previousSecretValidAt(Instant now) {
        return previousSecretCiphertext != null && previousValidUntil != null
                && previousValidUntil.toInstant().isAfter(now);
    }

    private void requireActive(String action) {
        if (status != CredentialStatus.ACTIVE) {
            throw new IllegalStateException("Cannot " + action + " credential " + keyId + ": it is " + status);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(CHINA);
    }

    /** Returns the view with every time in China time, whatever the server's time zone. */
    CredentialView toView() {
        return new CredentialView(keyId, stationId, status, inChina(issuedAt), issuedBy, inChina(rotatedAt),
                inChina(previousValidUntil), inChina(revokedAt));
    }

    private static OffsetDateTime inChina(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(CHINA);
    }

    Long getStationId() {
        return stationId;
    }

    String getKeyId() {
        return keyId;
    }

    String getSecretCiphertext() {
        return secretCiphertext;
    }

    String getPreviousSecretCiphertext() {
        return previousSecretCiphertext;
    }

    OffsetDateTime getPreviousValidUntil() {
        return previousValidUntil;
    }

    CredentialStatus getStatus() {
        return status;
    }
}

package cn.overloadcontrol.station.credential;

import java.time.OffsetDateTime;

/**
 * A credential as the station screen lists it. It never carries the secret.
 *
 * @param previousValidUntil end of the grace period of the secret before the last rotation, or
 *        {@code null} when no old secret is accepted
 */
public record CredentialView(String keyId, long stationId, CredentialStatus status, OffsetDateTime issuedAt,
        String issuedBy, OffsetDateTime rotatedAt, OffsetDateTime previousValidUntil, OffsetDateTime revokedAt) {
}

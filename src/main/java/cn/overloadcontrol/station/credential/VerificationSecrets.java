package cn.overloadcontrol.station.credential;

import java.time.Instant;
import java.util.List;

/**
 * What the API filter needs to verify a request signed with a key id.
 *
 * @param secrets the current secret, then the previous one while its grace period lasts
 * @param previousSecretValidUntil when the previous secret in {@code secrets} stops being valid,
 *        or {@code null} when the list holds only the current secret
 */
public record VerificationSecrets(String keyId, long stationId, CredentialStatus status, List<String> secrets,
        Instant previousSecretValidUntil) {

    public VerificationSecrets {
        secrets = List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "VerificationSecrets[keyId=" + keyId + ", stationId=" + stationId + ", status=" + status + "]";
    }
}

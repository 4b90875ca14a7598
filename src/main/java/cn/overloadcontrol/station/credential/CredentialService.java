package cn.overloadcontrol.station.credential;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.FieldChange;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.station.StationNotFoundException;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationView;
import cn.overloadcontrol.station.api.ApiProperties;
import cn.overloadcontrol.system.SecretCipher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, rotates and revokes the API credentials of stations. A secret is returned in plain
 * text once, by {@link #issue} or {@link #rotate}, and stored only encrypted.
 */
@Service
@Transactional(readOnly = true)
public class CredentialService {

    static final String AUDIT_OBJECT_TYPE = "station_credential";
    private static final Logger log = LoggerFactory.getLogger(CredentialService.class);
    private static final int KEY_ID_RANDOM_BYTES = 10;
    /** 256 bits, the output size of HMAC-SHA256; more adds nothing. */
    private static final int SECRET_BYTES = 32;

    private final CredentialRepository credentials;
    private final StationService stations;
    private final SecretCipher cipher;
    private final AuditLog auditLog;
    private final ApiProperties properties;
    private final SecureRandom random = new SecureRandom();

    CredentialService(CredentialRepository credentials, StationService stations, SecretCipher cipher,
            AuditLog auditLog, ApiProperties properties) {
        this.credentials = credentials;
        this.stations = stations;
        this.cipher = cipher;
        this.auditLog = auditLog;
        this.properties = properties;
    }

    /**
     * Issues a new credential to a station in the user's scope.
     *
     * @throws StationNotFoundException when the station is unknown or outside the scope
     */
    @Transactional
    public IssuedCredential issue(long stationId) {
        StationView station = stations.view(stationId);
        String issuedBy = CurrentUsers.find().map(user -> user.username()).orElse(null);
        return issue(stationId, station.code(), issuedBy, null);
    }

    /**
     * Issues a new credential to a station that redeemed a pairing code. There is no logged-in
     * user: the caller has checked the code, which was bound to this station by a user in scope.
     *
     * @throws StationNotFoundException when the station does not exist
     */
    @Transactional
    public IssuedCredential issueForPairing(long stationId, String pairedBy) {
        String code = stations.profile(stationId).orElseThrow(() -> new StationNotFoundException(stationId)).code();
        return issue(stationId, code, pairedBy, "issued by pairing");
    }

    private IssuedCredential issue(long stationId, String stationCode, String issuedBy, String detail) {
        String keyId = newKeyId();
        String secret = newSecret();
        credentials.save(new StationCredential(stationId, keyId, cipher.encrypt(secret, keyId), Instant.now(),
                issuedBy));
        AuditEntry entry = AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, keyId, stationCode + " " + keyId,
                Map.of("status", new FieldChange(null, CredentialStatus.ACTIVE.name())));
        auditLog.record(detail == null ? entry : entry.withDetail(detail).withActor(issuedBy, null, null));
        log.info("Issued API credential {} to station {}", keyId, stationCode);
        return new IssuedCredential(stationId, keyId, secret);
    }

    /**
     * Gives a credential a new secret. The old secret stays valid for the configured grace
     * period, or stops at once when {@code invalidateOldAtOnce} is set (for a leaked secret).
     *
     * @throws StationNotFoundException when the station or the credential is not found in scope
     * @throws IllegalStateException when the credential is revoked
     */
    @Transactional
    public IssuedCredential rotate(long stationId, String keyId, boolean invalidateOldAtOnce) {
        StationView station = stations.view(stationId);
        StationCredential credential = load(stationId, keyId);
        Instant now = Instant.now();
        Instant oldValidUntil = invalidateOldAtOnce ? now : now.plus(properties.rotationGrace());
        String secret = newSecret();
        credential.rotate(cipher.encrypt(secret, keyId), credential.getSecretCiphertext(), now, oldValidUntil);
        credentials.flush();
        audit(AuditAction.UPDATE, keyId, station, "secret", "***", "*** (rotated)",
                invalidateOldAtOnce ? "rotated, old secret invalid at once"
                        : "rotated, old secret valid until " + oldValidUntil);
        log.info("Rotated API credential {} of station {}", keyId, station.code());
        return new IssuedCredential(stationId, keyId, secret);
    }

    /**
     * Revokes a credential at once.
     *
     * @throws StationNotFoundException when the station or the credential is not found in scope
     * @throws IllegalStateException when the credential is already revoked
     */
    @Transactional
    public void revoke(long stationId, String keyId) {
        StationView station = stations.view(stationId);
        StationCredential credential = load(stationId, keyId);
        credential.revoke(Instant.now());
        credentials.flush();
        audit(AuditAction.DEACTIVATE, keyId, station, "status", CredentialStatus.ACTIVE.name(),
                CredentialStatus.REVOKED.name(), null);
        log.info("Revoked API credential {} of station {}", keyId, station.code());
    }

    /** Lists the credentials of a station in the user's scope, newest first, without secrets. */
    public List<CredentialView> list(long stationId) {
        stations.view(stationId);
        return credentials.findByStationIdOrderByIssuedAtDesc(stationId).stream()
                .map(StationCredential::toView)
                .toList();
    }

    /** Returns the secrets that may sign a request with this key id now, for the API filter. */
    public Optional<VerificationSecrets> secretsFor(String keyId) {
        return credentials.findByKeyId(keyId).map(credential -> {
            List<String> secrets = new ArrayList<>();
            Instant previousValidUntil = null;
            if (credential.getStatus() == CredentialStatus.ACTIVE) {
                secrets.add(cipher.decrypt(credential.getSecretCiphertext(), keyId));
                if (credential.previousSecretValidAt(Instant.now())) {
                    secrets.add(cipher.decrypt(credential.getPreviousSecretCiphertext(), keyId));
                    previousValidUntil = credential.getPreviousValidUntil().toInstant();
                }
            }
            return new VerificationSecrets(keyId, credential.getStationId(), credential.getStatus(), secrets,
                    previousValidUntil);
        });
    }

    private StationCredential load(long stationId, String keyId) {
        return credentials.findByKeyId(keyId)
                .filter(credential -> credential.getStationId() == stationId)
                .orElseThrow(() -> new StationNotFoundException(stationId));
    }

    private void audit(AuditAction action, String keyId, StationView station, String field, String before,
            String after, String detail) {
        AuditEntry entry = AuditEntry.success(action, AUDIT_OBJECT_TYPE, keyId, station.code() + " " + keyId,
                Map.of(field, new FieldChange(before, after)));
        auditLog.record(detail == null ? entry : entry.withDetail(detail));
    }

    private String newKeyId() {
        byte[] bytes = new byte[KEY_ID_RANDOM_BYTES];
        random.nextBytes(bytes);
        return "ak" + HexFormat.of().formatHex(bytes);
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

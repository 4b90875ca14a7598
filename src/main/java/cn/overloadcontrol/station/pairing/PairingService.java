package cn.overloadcontrol.station.pairing;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.audit.AuditAction;
import cn.overloadcontrol.audit.AuditEntry;
import cn.overloadcontrol.audit.AuditLog;
import cn.overloadcontrol.audit.AuditResult;
import cn.overloadcontrol.audit.FieldChange;
import cn.overloadcontrol.common.api.RequestSigner;
import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.StationView;
import cn.overloadcontrol.station.credential.CredentialService;
import cn.overloadcontrol.station.credential.IssuedCredential;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time pairing codes: an installer makes one for a station in scope, and the station PC
 * redeems it once, within its validity, for an API credential. A new code replaces the
 * station's older unused ones. Wrong codes count against the sender's address.
 */
@Service
public class PairingService {

    static final String AUDIT_OBJECT_TYPE = "station_pairing_code";
    /** No 0/O, 1/I/L: the code is read off one screen and typed on another. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** 31^12 is about 2^59 codes. */
    static final int CODE_LENGTH = 12;
    private static final int GROUP = 4;
    private static final Logger log = LoggerFactory.getLogger(PairingService.class);

    private final PairingCodeRepository codes;
    private final StationService stations;
    private final CredentialService credentials;
    private final AuditLog auditLog;
    private final PairingProperties properties;
    private final FailedAttempts failedAttempts;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    PairingService(PairingCodeRepository codes, StationService stations, CredentialService credentials,
            AuditLog auditLog, PairingProperties properties) {
        this.codes = codes;
        this.stations = stations;
        this.credentials = credentials;
        this.auditLog = auditLog;
        this.properties = properties;
        this.failedAttempts = new FailedAttempts(properties.maxFailedAttempts(), properties.attemptWindow());
    }

    /**
     * Makes a pairing code for a station in the user's scope, replacing its older unused codes.
     *
     * @throws cn.overloadcontrol.station.StationNotFoundException when the station is outside the scope
     */
    @Transactional
    public IssuedPairingCode create(long stationId) {
        StationView station = stations.view(stationId);
        Instant now = clock.instant();
        codes.findByStationIdAndUsedAtIsNullAndReplacedAtIsNull(stationId).forEach(old -> old.replace(now));
        String code = newCode();
        Instant expiresAt = now.plus(properties.codeValidity());
        String createdBy = CurrentUsers.find().map(user -> user.username()).orElse(null);
        PairingCode saved = codes.save(new PairingCode(stationId, station.unitId(), hash(code), now, expiresAt,
                createdBy));
        auditLog.record(AuditEntry.success(AuditAction.CREATE, AUDIT_OBJECT_TYPE, saved.getId(), station.code(),
                Map.of("expiresAt", new FieldChange(null, expiresAt.toString()))));
        log.info("Created pairing code {} for station {}, valid until {}", saved.getId(), station.code(), expiresAt);
        return new IssuedPairingCode(stationId, station.code(), group(code), expiresAt);
    }

    /**
     * Redeems a pairing code for a new API credential.
     *
     * @param expectedStationCode the station code the installer typed on the station PC, or
     *        {@code null}; when given, it must be the code's station
     * @param remoteAddr the sender's address, for the attempt limit and the audit log
     * @throws PairingRejectedException when the code is wrong, expired, used, replaced, of another
     *         station, or the address has too many failed attempts
     */
    @Transactional(noRollbackFor = PairingRejectedException.class)
    public PairingResult redeem(String code, String expectedStationCode, String remoteAddr) {
        return redeem(code, expectedStationCode, remoteAddr, clock.instant());
    }

    /** Redeems at a given time, so that tests can check expiry without waiting a day. */
    @Transactional(noRollbackFor = PairingRejectedException.class)
    PairingResult redeem(String code, String expectedStationCode, String remoteAddr, Instant now) {
        if (failedAttempts.blocked(remoteAddr, now)) {
            log.warn("Pairing attempt from {} rejected: too many failed attempts", remoteAddr);
            throw new PairingRejectedException(PairingFailure.RATE_LIMITED, "too many failed attempts from "
                    + remoteAddr);
        }
        Optional<PairingCode> found = normalize(code).flatMap(normalized -> codes.findByCodeHash(hash(normalized)));
        if (found.isEmpty()) {
            throw rejected(PairingFailure.CODE_INVALID, null, null, remoteAddr, now);
        }
        PairingCode pairing = found.get();
        StationProfile station = stations.profile(pairing.getStationId()).orElseThrow();
        PairingFailure unusable = pairing.unusableReason(now);
        if (unusable != null) {
            throw rejected(unusable, pairing, station, remoteAddr, now);
        }
        if (station.unitId() != pairing.getUnitId()
                || (expectedStationCode != null && !expectedStationCode.isBlank()
                        && !expectedStationCode.strip().equals(station.code()))) {
            throw rejected(PairingFailure.STATION_MISMATCH, pairing, station, remoteAddr, now);
        }
        if (station.status() == StationStatus.DISABLED) {
            throw rejected(PairingFailure.STATION_DISABLED, pairing, station, remoteAddr, now);
        }

        IssuedCredential credential = credentials.issueForPairing(station.stationId(), "pairing");
        pairing.redeem(now, remoteAddr, credential.keyId());
        codes.flush();
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE, pairing.getId(), station.code(),
                        Map.of("usedAt", new FieldChange(null, now.toString()),
                                "issuedKeyId", new FieldChange(null, credential.keyId())))
                .withDetail("redeemed")
                .withActor("pairing", null, remoteAddr));
        log.info("Station {} paired from {} with pairing code {}; issued key {}", station.code(), remoteAddr,
                pairing.getId(), credential.keyId());
        return new PairingResult(station.code(), credential.keyId(), credential.secret());
    }

    private PairingRejectedException rejected(PairingFailure failure, PairingCode pairing, StationProfile station,
            String remoteAddr, Instant now) {
        failedAttempts.record(remoteAddr, now);
        String label = station == null ? null : station.code();
        auditLog.record(AuditEntry.success(AuditAction.UPDATE, AUDIT_OBJECT_TYPE,
                        pairing == null ? null : pairing.getId(), label)
                .withResult(AuditResult.FAILURE)
                .withDetail("pairing rejected: " + failure.code())
                .withActor("pairing", null, remoteAddr));
        log.warn("Pairing attempt from {} rejected: {} (code {}, station {})", remoteAddr, failure.code(),
                pairing == null ? "-" : pairing.getId(), label == null ? "-" : label);
        return new PairingRejectedException(failure, "from " + remoteAddr);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int index = 0; index < CODE_LENGTH; index++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Accepts the code with or without dashes and spaces, in either case; empty when it cannot be one. */
    static Optional<String> normalize(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String plain = code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (plain.length() != CODE_LENGTH || !plain.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(plain);
    }

    private static String group(String code) {
        StringBuilder grouped = new StringBuilder();
        for (int start = 0; start < code.length(); start += GROUP) {
            if (start > 0) {
                grouped.append('-');
            }
            grouped.append(code, start, Math.min(code.length(), start + GROUP));
        }
        return grouped.toString();
    }

    private static String hash(String normalizedCode) {
        return RequestSigner.sha256Hex(normalizedCode.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}

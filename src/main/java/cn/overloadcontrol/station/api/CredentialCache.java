package cn.overloadcontrol.station.api;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.overloadcontrol.common.validation.ProblemMessages;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.station.credential.CredentialService;
import cn.overloadcontrol.station.credential.CredentialStatus;
import cn.overloadcontrol.station.credential.VerificationSecrets;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decrypted secrets and station profile of each active key id, kept in this app instance so
 * that a signed request needs no lookup transaction. An entry is never trusted on its own: it
 * carries the {@link #FINGERPRINT} of the rows it was read from, and {@link NonceStore#useIfCurrent}
 * inserts the request's nonce only when the fingerprint in the database is still the same, in
 * that one statement. So a revocation, a rotation, a disabled station or a moved unit committed
 * by any instance rejects the next request at once, and the cache needs no messages between
 * instances.
 */
@Component
class CredentialCache {

    /**
     * SQL over {@code station_credential c}, {@code weigh_station s} and {@code source_unit u}:
     * an MD5 of every column that the signature check or the station profile reads, and of the
     * row versions, so any update of those rows changes it.
     */
    static final String FINGERPRINT = """
            md5(row(c.status, c.secret_ciphertext, c.previous_secret_ciphertext, c.previous_valid_until, c.version,
                    s.code, s.status, s.unit_id, s.version, u.area_id,
                    (select string_agg(l.lane_no || ':' || l.direction, ',' order by l.lane_no)
                       from station_lane l where l.station_id = s.id))::text)""";

    /** The tables of {@link #FINGERPRINT}, joined, for a FROM clause. */
    static final String FINGERPRINT_TABLES = """
             station_credential c
             join weigh_station s on s.id = c.station_id
             join source_unit u on u.id = s.unit_id""";

    /** The rows of {@link #FINGERPRINT} for the key id in the parameter {@code :keyId}. */
    static final String FINGERPRINT_ROWS = " from " + FINGERPRINT_TABLES + " where c.key_id = :keyId";

    /** Far above the number of stations of a county. A full cache is emptied and fills again. */
    private static final int MAX_ENTRIES = 10_000;

    /**
     * A credential as read in one snapshot.
     *
     * @param station the credential's station, empty when the credential is revoked
     * @param fingerprint the {@link #FINGERPRINT} of the rows at the time of reading
     */
    record Entry(VerificationSecrets credential, Optional<StationProfile> station, String fingerprint) {

        /**
         * Returns whether the entry may still serve requests. It may not once the grace period
         * of the previous secret in it has ended.
         */
        boolean usableAt(Instant now) {
            Instant previousValidUntil = credential.previousSecretValidUntil();
            return previousValidUntil == null || now.isBefore(previousValidUntil);
        }

        /** Only an active credential of an active station is kept, because only those accept requests. */
        boolean cacheable() {
            return credential.status() == CredentialStatus.ACTIVE
                    && station.map(profile -> profile.status() != StationStatus.DISABLED).orElse(false);
        }
    }

    private final CredentialService credentials;
    private final StationService stations;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    CredentialCache(CredentialService credentials, StationService stations, NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.credentials = credentials;
        this.stations = stations;
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactionManager);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    }

    /** Returns the cached entry of a key id, unless there is none or it is no longer usable. */
    Optional<Entry> find(String keyId, Instant now) {
        Entry entry = entries.get(keyId);
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.usableAt(now)) {
            entries.remove(keyId, entry);
            return Optional.empty();
        }
        return Optional.of(entry);
    }

    /**
     * Reads the credential, its station and their fingerprint from the database, in one
     * repeatable-read transaction so that the three reads see the same committed state, and
     * caches the result when it may accept requests.
     *
     * @throws ApiAuthenticationException with {@link ApiFailure#KEY_UNKNOWN} when no credential has the key id
     */
    Entry load(String keyId) {
        Entry entry = snapshot.execute(status -> read(keyId));
        if (entry.cacheable()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(keyId, entry);
        } else {
            entries.remove(keyId);
        }
        return entry;
    }

    /** Drops the entry of a key id, when a check found it stale or a request failed on it. */
    void evict(String keyId) {
        entries.remove(keyId);
    }

    private Entry read(String keyId) {
        Optional<String> fingerprint = jdbc.queryForList("select " + FINGERPRINT + FINGERPRINT_ROWS,
                Map.of("keyId", keyId), String.class).stream().findFirst();
        VerificationSecrets credential = credentials.secretsFor(keyId).filter(found -> fingerprint.isPresent())
                .orElseThrow(() -> new ApiAuthenticationException(ApiFailure.KEY_UNKNOWN, "no credential " + keyId,
                        ProblemMessages.shortened(keyId)));
        Optional<StationProfile> station = credential.status() == CredentialStatus.REVOKED
                ? Optional.empty() : stations.profile(credential.stationId());
        return new Entry(credential, station, fingerprint.get());
    }
}

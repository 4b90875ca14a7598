package cn.overloadcontrol.station.api;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nonces already used with each key, kept in PostgreSQL so that every app instance sees them.
 * The primary key (key_id, nonce) makes the first of two concurrent copies win.
 */
@Component
class NonceStore {

    private static final Logger log = LoggerFactory.getLogger(NonceStore.class);

    /** Result of {@link #useIfCurrent}. */
    enum Use {
        /** The nonce was recorded as used. */
        USED,
        /** The key already used this nonce, and the credential was current. */
        REUSED,
        /** The credential or its station changed since the caller read them, and nothing was recorded. */
        STALE
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;

    NonceStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate namedJdbc) {
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
    }

    /**
     * Records a nonce as used until {@code expiresAt}, but only while the credential's
     * {@link CredentialCache#FINGERPRINT} still equals {@code fingerprint}. The comparison and
     * the insert are one statement, so the check costs no round trip of its own.
     */
    Use useIfCurrent(String keyId, String nonce, Instant expiresAt, String fingerprint) {
        Map<String, Object> row = namedJdbc.queryForMap("""
                with current_state as (
                    select (%s) = :fingerprint as current
                    %s
                ),
                inserted as (
                    insert into api_nonce (key_id, nonce, expires_at)
                    select :keyId, :nonce, :expiresAt from current_state where current
                    on conflict (key_id, nonce) do nothing
                    returning 1
                )
                select coalesce((select current from current_state), false) as current,
                       exists (select 1 from inserted) as inserted
                """.formatted(CredentialCache.FINGERPRINT, CredentialCache.FINGERPRINT_ROWS),
                new MapSqlParameterSource("keyId", keyId).addValue("nonce", nonce)
                        .addValue("expiresAt", Timestamp.from(expiresAt)).addValue("fingerprint", fingerprint));
        if (!Boolean.TRUE.equals(row.get("current"))) {
            return Use.STALE;
        }
        return Boolean.TRUE.equals(row.get("inserted")) ? Use.USED : Use.REUSED;
    }

    /**
     * Records a nonce as used until {@code expiresAt}.
     *
     * @return {@code false} when the key already used this nonce
     */
    boolean use(String keyId, String nonce, Instant expiresAt) {
        int inserted = jdbc.update("""
                insert into api_nonce (key_id, nonce, expires_at) values (?, ?, ?)
                on conflict (key_id, nonce) do nothing
                """, keyId, nonce, Timestamp.from(expiresAt));
        return inserted == 1;
    }

    /**
     * Deletes nonces whose requests can no longer pass the timestamp check, so a replay of them
     * is rejected as stale anyway.
     */
    @Scheduled(fixedDelayString = "${app.api.nonce-cleanup-interval:10m}", initialDelayString = "1m")
    void deleteExpired() {
        int deleted = jdbc.update("delete from api_nonce where expires_at < now()");
        if (deleted > 0) {
            log.debug("Deleted {} expired API nonces", deleted);
        }
    }
}

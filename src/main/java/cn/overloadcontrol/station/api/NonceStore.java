package cn.overloadcontrol.station.api;

import java.sql.Timestamp;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Nonces already used with each key, kept in PostgreSQL so that every app instance sees them.
 * The primary key (key_id, nonce) makes the first of two concurrent copies win.
 */
@Component
class NonceStore {

    private static final Logger log = LoggerFactory.getLogger(NonceStore.class);

    private final JdbcTemplate jdbc;

    NonceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
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

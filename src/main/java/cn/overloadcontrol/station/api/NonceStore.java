package cn.overloadcontrol.station.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.concurrent.GroupCommit;
import cn.overloadcontrol.common.jdbc.DatabaseFailures;
import cn.overloadcontrol.common.jdbc.SqlArrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Nonces already used with each key, kept in PostgreSQL so that every app instance sees them.
 * The primary key (key_id, nonce) makes the first of two concurrent copies win. The nonces of
 * concurrent requests are recorded together, one statement for all of them, so a busy API
 * spends one round trip on nonces for many requests.
 */
@Component
class NonceStore implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NonceStore.class);

    /** The maximum number of nonces recorded in one statement. */
    private static final int MAX_GROUP_SIZE = 256;

    /** Result of {@link #useIfCurrent}. */
    enum Use {
        /** The nonce was recorded as used. */
        USED,
        /** The key already used this nonce, and the credential was current. */
        REUSED,
        /** The credential or its station changed since the caller read them, and nothing was recorded. */
        STALE
    }

    /** A nonce to record, with the fingerprint of the credential rows that the caller read. */
    record NonceUse(String keyId, String nonce, Instant expiresAt, String fingerprint) {
    }

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate namedJdbc;
    private final GroupCommit<NonceUse, Use> groups;

    NonceStore(JdbcTemplate jdbc, NamedParameterJdbcTemplate namedJdbc) {
        this.jdbc = jdbc;
        this.namedJdbc = namedJdbc;
        this.groups = new GroupCommit<>("nonce-groups", MAX_GROUP_SIZE, this::useGroup);
    }

    /**
     * Records a nonce as used until {@code expiresAt}, but only while the credential's
     * {@link CredentialCache#FINGERPRINT} still equals {@code fingerprint}. The comparison and
     * the insert are one statement, so the check costs no round trip of its own. A caller
     * inside a transaction records the nonce in it; any other caller shares a statement with
     * concurrent requests.
     */
    Use useIfCurrent(String keyId, String nonce, Instant expiresAt, String fingerprint) {
        NonceUse use = new NonceUse(keyId, nonce, expiresAt, fingerprint);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return useAllIfCurrent(List.of(use)).get(0);
        }
        return groups.submit(use);
    }

    private void useGroup(List<GroupCommit.Pending<NonceUse, Use>> group) {
        List<Use> uses;
        try {
            uses = useAllIfCurrent(group.stream().map(GroupCommit.Pending::item).toList());
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e)) {
                // The waiting nonces would each wait for a connection until the pool's timeout.
                groups.failWaiting(e);
            }
            throw e;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).complete(uses.get(i));
        }
    }

    /**
     * Records the nonces in one statement, each as {@link #useIfCurrent} would. When the same
     * key and nonce occur twice, the first one decides and the later ones are reused.
     *
     * @return one result per nonce, in the same order
     */
    List<Use> useAllIfCurrent(List<NonceUse> uses) {
        Map<List<String>, Integer> firstOf = new HashMap<>();
        List<NonceUse> distinct = new ArrayList<>();
        for (NonceUse use : uses) {
            if (firstOf.putIfAbsent(List.of(use.keyId(), use.nonce()), distinct.size()) == null) {
                distinct.add(use);
            }
        }
        Use[] results = new Use[distinct.size()];
        namedJdbc.query("""
                with wanted as (
                    select * from unnest(cast(:keyIds as text[]), cast(:nonces as text[]),
                                         cast(:expiresAts as timestamptz[]), cast(:fingerprints as text[]))
                           with ordinality as w(key_id, nonce, expires_at, fingerprint, position)
                ),
                current_state as (
                    select w.position, (%s) = w.fingerprint as current
                      from wanted w
                      join %s on c.key_id = w.key_id
                ),
                inserted as (
                    insert into api_nonce (key_id, nonce, expires_at)
                    select w.key_id, w.nonce, w.expires_at
                      from wanted w join current_state cs on cs.position = w.position
                     where cs.current
                    on conflict (key_id, nonce) do nothing
                    returning key_id, nonce
                )
                select w.position, coalesce(cs.current, false) as current,
                       exists (select 1 from inserted i where i.key_id = w.key_id and i.nonce = w.nonce) as inserted
                  from wanted w left join current_state cs on cs.position = w.position
                """.formatted(CredentialCache.FINGERPRINT, CredentialCache.FINGERPRINT_TABLES),
                new MapSqlParameterSource("keyIds", SqlArrays.quoted(distinct, NonceUse::keyId))
                        .addValue("nonces", SqlArrays.quoted(distinct, NonceUse::nonce))
                        .addValue("expiresAts", SqlArrays.quoted(distinct, NonceUse::expiresAt))
                        .addValue("fingerprints", SqlArrays.quoted(distinct, NonceUse::fingerprint)),
                rs -> {
                    int index = rs.getInt("position") - 1;
                    results[index] = !rs.getBoolean("current") ? Use.STALE
                            : rs.getBoolean("inserted") ? Use.USED : Use.REUSED;
                });
        List<Use> all = new ArrayList<>();
        for (int i = 0; i < uses.size(); i++) {
            NonceUse use = uses.get(i);
            int first = firstOf.get(List.of(use.keyId(), use.nonce()));
            boolean repeat = distinct.get(first) != use;
            all.add(repeat && results[first] == Use.USED ? Use.REUSED : results[first]);
        }
        return all;
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

    @Override
    public void destroy() {
        groups.close();
    }
}

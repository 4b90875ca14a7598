package cn.overloadcontrol.upstream.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Claims due tasks and records how their delivery went. Every method runs in its own short
 * transaction; no transaction stays open while a request is on the wire. A claim is a lease
 * ({@code locked_until}): when a sender dies mid-send, the lease runs out and the task is due
 * again, so nothing committed is forgotten.
 */
@Repository
public class TaskStore {

    /** Key space of the advisory lock that serializes claims per target across app instances. */
    private static final int CLAIM_LOCK_SPACE = 0x55504c44;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    TaskStore(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Leases up to {@code limit} due tasks of these kinds for {@code lease}. Rows that another
     * sender is claiming are skipped ({@code FOR UPDATE SKIP LOCKED}); claims of one target are
     * also serialized by an advisory lock, so the per-station order check reads every committed
     * lease. A MEDIA task is due only after its record reached the same target, and a RECORD
     * task waits for an older pending unit or station push of its target.
     */
    public List<ClaimedTask> claim(long targetId, Collection<TaskKind> kinds, int limit, boolean orderedPerStation,
            Duration lease, String owner) {
        MapSqlParameterSource params = new MapSqlParameterSource("targetId", targetId)
                .addValue("kinds", kinds.stream().map(Enum::name).toList())
                .addValue("limit", limit)
                .addValue("leaseMillis", lease.toMillis())
                .addValue("owner", owner)
                .addValue("lockSpace", CLAIM_LOCK_SPACE);
        String stationOrder = orderedPerStation ? """
                and (t.kind <> 'RECORD' or not exists (
                     select 1 from upstream_task o
                      where o.target_id = t.target_id and o.kind = 'RECORD' and o.station_id = t.station_id
                        and o.status = 'PENDING' and o.id < t.id
                        and (o.due_at > now() or o.locked_until >= now())))
                """ : "";
        String order = orderedPerStation ? "t.id" : "t.due_at, t.id";
        String sql = """
                with due as (
                    select t.id from upstream_task t
                     where t.target_id = :targetId and t.status = 'PENDING' and t.kind in (:kinds)
                       and t.due_at <= now() and (t.locked_until is null or t.locked_until < now())
                       and (t.kind <> 'MEDIA' or exists (
                            select 1 from upstream_task r
                             where r.target_id = t.target_id and r.kind = 'RECORD' and r.record_id = t.record_id
                               and r.status = 'DELIVERED'))
                       and (t.kind <> 'RECORD' or t.id < coalesce((
                            select min(u.id) from upstream_task u
                             where u.target_id = :targetId and u.kind in ('UNIT', 'STATION')
                               and u.status = 'PENDING'), 9223372036854775807))
                       %s
                     order by %s
                     limit :limit
                     for update of t skip locked)
                update upstream_task t
                   set locked_until = now() + :leaseMillis * interval '1 millisecond', locked_by = :owner,
                       attempts = t.attempts + 1
                  from due where t.id = due.id
                returning t.id, t.target_id, t.kind, t.record_id, t.media_id, t.station_id, t.weighed_at,
                          t.idempotency_key, t.attempts
                """.formatted(stationOrder, order);
        List<ClaimedTask> claimed = transactions.execute(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(:lockSpace, cast(:targetId as integer))::text", params,
                    String.class);
            return jdbc.query(sql, params, TaskStore::claimed);
        });
        // UPDATE ... RETURNING gives no order; the format sends the batch in claim order.
        return claimed.stream().sorted(orderedPerStation
                ? Comparator.comparingLong(ClaimedTask::id)
                : Comparator.comparing(ClaimedTask::weighedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparingLong(ClaimedTask::id)).toList();
    }

    /** Marks the tasks delivered now; a task that is no longer pending keeps its state. */
    public void delivered(Collection<Long> taskIds, Integer httpStatus) {
        if (taskIds.isEmpty()) {
            return;
        }
        jdbc.update("""
                update upstream_task
                   set status = 'DELIVERED', delivered_at = now(), locked_until = null, locked_by = null,
                       last_error = null, last_http_status = :httpStatus
                 where id in (:ids) and status = 'PENDING'
                """, new MapSqlParameterSource("ids", taskIds).addValue("httpStatus", httpStatus));
    }

    /**
     * Schedules the tasks again at {@code dueAt}, or dead-letters those that used their last
     * attempt. When {@code countAttempt} is false (a 429 response) the claim's
     * attempt is given back.
     */
    public void retryLater(Collection<Long> taskIds, Instant dueAt, int maxAttempts, String error, Integer httpStatus,
            boolean countAttempt) {
        if (taskIds.isEmpty()) {
            return;
        }
        jdbc.update("""
                update upstream_task
                   set attempts = attempts - :givenBack,
                       status = case when attempts - :givenBack >= :maxAttempts then 'DEAD' else 'PENDING' end,
                       due_at = :dueAt, locked_until = null, locked_by = null, last_error = :error,
                       last_http_status = :httpStatus
                 where id in (:ids) and status = 'PENDING'
                """, new MapSqlParameterSource("ids", taskIds)
                .addValue("givenBack", countAttempt ? 0 : 1)
                .addValue("maxAttempts", maxAttempts)
                .addValue("dueAt", Timestamp.from(dueAt))
                .addValue("error", truncate(error))
                .addValue("httpStatus", httpStatus));
    }

    /** Dead-letters the tasks with the error that makes retrying pointless. */
    public void dead(Collection<Long> taskIds, String error, Integer httpStatus) {
        if (taskIds.isEmpty()) {
            return;
        }
        jdbc.update("""
                update upstream_task
                   set status = 'DEAD', locked_until = null, locked_by = null, last_error = :error,
                       last_http_status = :httpStatus
                 where id in (:ids) and status = 'PENDING'
                """, new MapSqlParameterSource("ids", taskIds).addValue("error", truncate(error))
                .addValue("httpStatus", httpStatus));
    }

    /** Appends one request's outcome to the attempt log of the status screen. */
    public void logAttempt(long targetId, Instant startedAt, long latencyMillis, int taskCount, String outcome,
            Integer httpStatus, String error) {
        jdbc.update("""
                insert into upstream_attempt (target_id, started_at, latency_ms, task_count, outcome, http_status,
                                              error)
                values (:targetId, :startedAt, :latency, :taskCount, :outcome, :httpStatus, :error)
                """, new MapSqlParameterSource("targetId", targetId)
                .addValue("startedAt", Timestamp.from(startedAt))
                .addValue("latency", (int) Math.min(Integer.MAX_VALUE, latencyMillis))
                .addValue("taskCount", taskCount)
                .addValue("outcome", outcome)
                .addValue("httpStatus", httpStatus)
                .addValue("error", truncate(error)));
    }

    /** Puts one dead task back in the queue with fresh attempts; returns false when it is not dead. */
    public boolean retryDead(long targetId, long taskId) {
        return jdbc.update("""
                update upstream_task set status = 'PENDING', attempts = 0, due_at = now(), last_error = null
                 where id = :id and target_id = :targetId and status = 'DEAD'
                """, new MapSqlParameterSource("id", taskId).addValue("targetId", targetId)) == 1;
    }

    /** Puts every dead task of the target back in the queue; returns how many. */
    public int retryAllDead(long targetId) {
        return jdbc.update("""
                update upstream_task set status = 'PENDING', attempts = 0, due_at = now(), last_error = null
                 where target_id = :targetId and status = 'DEAD'
                """, new MapSqlParameterSource("targetId", targetId));
    }

    private static String truncate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }

    private static ClaimedTask claimed(ResultSet rs, int rowNum) throws SQLException {
        Timestamp weighedAt = rs.getTimestamp("weighed_at");
        return new ClaimedTask(rs.getLong("id"), rs.getLong("target_id"), TaskKind.valueOf(rs.getString("kind")),
                nullableLong(rs, "record_id"), nullableLong(rs, "media_id"), nullableLong(rs, "station_id"),
                weighedAt == null ? null : weighedAt.toInstant(), rs.getString("idempotency_key"),
                rs.getInt("attempts"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}

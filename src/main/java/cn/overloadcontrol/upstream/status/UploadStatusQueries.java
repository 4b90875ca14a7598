package cn.overloadcontrol.upstream.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.upstream.send.CircuitBreakers;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Reads the state of the uploads for the status screens: backlog and its oldest task, success
 * rate and latency from the attempt log, the last errors, dead letters, and a record's
 * deliveries.
 */
@Service
public class UploadStatusQueries {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final TargetStore targets;
    private final CircuitBreakers breakers;
    private final Clock clock = Clock.systemUTC();

    UploadStatusQueries(NamedParameterJdbcTemplate jdbc, TargetStore targets, CircuitBreakers breakers) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.breakers = breakers;
    }

    public List<TargetStatus> all() {
        return targets.all().stream().map(this::status).toList();
    }

    public TargetStatus status(UploadTarget target) {
        MapSqlParameterSource params = new MapSqlParameterSource("targetId", target.id());
        Map<String, Object> tasks = jdbc.queryForMap("""
                select count(*) filter (where status = 'PENDING') as backlog,
                       min(created_at) filter (where status = 'PENDING') as oldest,
                       count(*) filter (where status = 'DEAD') as dead
                  from upstream_task where target_id = :targetId and status in ('PENDING', 'DEAD')
                """, params);
        Map<String, Object> delivered = jdbc.queryForMap("""
                select count(*) filter (where delivered_at >= now() - interval '1 hour') as hour,
                       count(*) as day
                  from upstream_task
                 where target_id = :targetId and status = 'DELIVERED' and delivered_at >= now() - interval '1 day'
                """, params);
        Window hour = window(target.id(), "1 hour");
        Window day = window(target.id(), "1 day");

        OffsetDateTime oldest = tasks.get("oldest") == null ? null
                : ((java.sql.Timestamp) tasks.get("oldest")).toInstant().atZone(CHINA).toOffsetDateTime();
        Duration age = oldest == null ? null : Duration.between(oldest.toInstant(), clock.instant());
        boolean alert = target.enabled() && age != null && age.compareTo(target.alertAfter()) > 0;
        return new TargetStatus(target, ((Number) tasks.get("backlog")).longValue(), oldest, age,
                ((Number) tasks.get("dead")).longValue(), ((Number) delivered.get("hour")).longValue(),
                ((Number) delivered.get("day")).longValue(), hour.successRate(), day.successRate(),
                hour.averageLatencyMs(), day.averageLatencyMs(), breakers.state(target.id()), alert);
    }

    private record Window(BigDecimal successRate, Long averageLatencyMs) {
    }

    private Window window(long targetId, String interval) {
        return jdbc.queryForObject("""
                select sum(task_count) filter (where outcome = 'SUCCESS') as succeeded, sum(task_count) as total,
                       avg(latency_ms) as latency
                  from upstream_attempt
                 where target_id = :targetId and started_at >= now() - cast(:interval as interval)
                """, new MapSqlParameterSource("targetId", targetId).addValue("interval", interval), (rs, n) -> {
                    long total = rs.getLong("total");
                    long succeeded = rs.getLong("succeeded");
                    BigDecimal rate = total == 0 ? null : BigDecimal.valueOf(succeeded * 100L)
                            .divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
                    BigDecimal latency = rs.getBigDecimal("latency");
                    return new Window(rate, latency == null ? null : latency.longValue());
                });
    }

    /** Returns the target's last failed requests, newest first. */
    public List<AttemptRow> lastErrors(long targetId, int limit) {
        return jdbc.query("""
                select started_at, task_count, outcome, http_status, latency_ms, error from upstream_attempt
                 where target_id = :targetId and outcome <> 'SUCCESS'
                 order by started_at desc, id desc limit :limit
                """, new MapSqlParameterSource("targetId", targetId).addValue("limit", limit),
                (rs, n) -> new AttemptRow(time(rs, "started_at"), rs.getInt("task_count"), rs.getString("outcome"),
                        nullableInt(rs, "http_status"), rs.getLong("latency_ms"), rs.getString("error")));
    }

    /** Returns the target's dead letters, newest first. */
    public List<TaskRow> deadLetters(long targetId, int limit) {
        return jdbc.query("""
                select t.*, g.name as target_name from upstream_task t join upstream_target g on g.id = t.target_id
                 where t.target_id = :targetId and t.status = 'DEAD' order by t.id desc limit :limit
                """, new MapSqlParameterSource("targetId", targetId).addValue("limit", limit),
                UploadStatusQueries::task);
    }

    /** Returns every task of a record (the record and its media) for every target. */
    public List<TaskRow> deliveriesOf(long recordId) {
        return jdbc.query("""
                select t.*, g.name as target_name from upstream_task t join upstream_target g on g.id = t.target_id
                 where t.record_id = :recordId order by g.id, t.kind desc, t.id
                """, new MapSqlParameterSource("recordId", recordId), UploadStatusQueries::task);
    }

    private static TaskRow task(ResultSet rs, int rowNum) throws SQLException {
        return new TaskRow(rs.getLong("id"), rs.getLong("target_id"), rs.getString("target_name"),
                rs.getString("kind"), nullableLong(rs, "record_id"), nullableLong(rs, "media_id"),
                rs.getString("status"), rs.getInt("attempts"), time(rs, "created_at"), time(rs, "delivered_at"),
                rs.getString("last_error"), nullableInt(rs, "last_http_status"), time(rs, "due_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.atZoneSameInstant(CHINA).toOffsetDateTime();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}

package cn.overloadcontrol.upstream.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import cn.overloadcontrol.sourceunit.UnitDirectory;
import cn.overloadcontrol.sourceunit.UnitRef;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Upload timeliness per target, unit and day (China time) of the weighing, computed in SQL with
 * {@code percentile_cont}. The upper levels judge units by the share uploaded within 5 minutes;
 * a record still pending counts as late once 5 minutes have passed.
 */
@Service
public class TimelinessQueries {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final UnitDirectory units;

    TimelinessQueries(NamedParameterJdbcTemplate jdbc, UnitDirectory units) {
        this.jdbc = jdbc;
        this.units = units;
    }

    /** Returns the rows for weighing days {@code from} to {@code to} inclusive, newest day first. */
    public List<TimelinessRow> rows(LocalDate from, LocalDate to, Long targetId) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", Timestamp.from(from.atStartOfDay(CHINA).toInstant()))
                .addValue("to", Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant()))
                .addValue("targetId", targetId);
        List<Raw> raw = jdbc.query("""
                select (t.weighed_at at time zone 'Asia/Shanghai')::date as day, t.target_id, g.name as target_name,
                       t.unit_id, count(*) as records, count(t.delivered_at) as delivered,
                       percentile_cont(0.5) within group (order by extract(epoch from t.delivered_at - t.weighed_at))
                           as p50,
                       percentile_cont(0.95) within group (order by extract(epoch from t.delivered_at - t.weighed_at))
                           as p95,
                       count(*) filter (where t.delivered_at <= t.weighed_at + interval '5 minutes') as within_five
                  from upstream_task t join upstream_target g on g.id = t.target_id
                 where t.kind = 'RECORD' and t.weighed_at >= :from and t.weighed_at < :to
                   and (cast(:targetId as bigint) is null or t.target_id = :targetId)
                 group by 1, 2, 3, 4
                 order by 1 desc, 2, 4
                """, params, (rs, n) -> new Raw(rs.getObject("day", LocalDate.class), rs.getLong("target_id"),
                rs.getString("target_name"), rs.getLong("unit_id"), rs.getLong("records"), rs.getLong("delivered"),
                rs.getBigDecimal("p50"), rs.getBigDecimal("p95"), rs.getLong("within_five")));
        Map<Long, UnitRef> unitRefs = units.findAllById(raw.stream().map(Raw::unitId).collect(Collectors.toSet()));
        return raw.stream().map(row -> row.toRow(unitRefs.get(row.unitId()))).toList();
    }

    /** Passes each row to {@code sink}, for the export. */
    public void forEach(LocalDate from, LocalDate to, Long targetId, Consumer<TimelinessRow> sink) {
        rows(from, to, targetId).forEach(sink);
    }

    private record Raw(LocalDate day, long targetId, String targetName, long unitId, long records, long delivered,
            BigDecimal p50, BigDecimal p95, long withinFive) {

        TimelinessRow toRow(UnitRef unit) {
            BigDecimal share = BigDecimal.valueOf(withinFive * 100L)
                    .divide(BigDecimal.valueOf(records), 1, RoundingMode.HALF_UP);
            return new TimelinessRow(day, targetId, targetName, unitId, unit == null ? String.valueOf(unitId)
                    : unit.name(), records, delivered, seconds(p50), seconds(p95), share);
        }

        private static BigDecimal seconds(BigDecimal value) {
            return value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
        }
    }
}

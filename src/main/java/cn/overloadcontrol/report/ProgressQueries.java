package cn.overloadcontrol.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of the progress board. One common table expression computes the milestones of each
 * unit in operation within the data scope; the board groups it by area and the overdue list
 * filters it, so no query loads all units into memory.
 */
@Component
class ProgressQueries {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /**
     * The milestones of each unit in operation (在营) in scope, as boolean columns named after
     * {@link Milestone} in lower case, plus {@code drawn}. A unit is installed when one of its
     * stations that is not disabled has all four device kinds; the plate and the cargo camera
     * both count as a camera.
     */
    private static final String UNIT_PROGRESS = """
            with unit_progress as (
                select u.id, u.name, u.credit_code, u.area_id,
                       u.published as published,
                       exists (select 1 from training_unit_attendance t where t.unit_id = u.id) as trained,
                       exists (select 1 from weigh_station s
                               where s.unit_id = u.id and s.status <> 'DISABLED'
                                 and (select count(distinct case when d.kind = 'PLATE_CAMERA' then 'CAMERA' else d.kind end)
                                      from station_device d
                                      where d.station_id = s.id and not d.spare
                                        and d.kind in ('TRUCK_SCALE', 'INDICATOR', 'CAMERA', 'PLATE_CAMERA', 'LED_BOARD')) = 4)
                           as installed,
                       coalesce((select x.status from acceptance x where x.unit_id = u.id and x.status <> 'SCHEDULED'
                                 order by x.concluded_at desc, x.id desc limit 1) = 'PASSED', false) as accepted,
                       exists (select 1 from sampling_unit su join sampling_draw sd on sd.id = su.draw_id
                               where su.unit_id = u.id and sd.status = 'ACTIVE') as drawn,
                       exists (select 1 from sampling_unit su join sampling_draw sd on sd.id = su.draw_id
                               where su.unit_id = u.id and sd.status = 'ACTIVE' and su.outcome = 'PASSED') as sampled,
                       exists (select 1 from weighing_record r
                               where r.unit_id = u.id and r.weighed_at >= :connectedFrom and r.weighed_at < :connectedTo)
                           as connected
                from source_unit u
                where u.status = 'OPERATING' and %s %s)
            """;

    private final NamedParameterJdbcTemplate jdbc;

    ProgressQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns one row per area that has units in operation in scope, in the areas' display order. */
    List<AreaProgress> countsPerArea(DataScope scope, LocalDate day, int connectedWindowDays) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder counts = new StringBuilder("count(*) as units, count(*) filter (where p.drawn) as drawn");
        for (Milestone milestone : Milestone.values()) {
            String column = column(milestone);
            counts.append(", count(*) filter (where p.").append(column).append(") as ").append(column);
        }
        String sql = unitProgress(scope, null, day, connectedWindowDays, params)
                + "select a.id as area_id, a.name as area_name, " + counts
                + " from unit_progress p join area a on a.id = p.area_id"
                + " group by a.id, a.name, a.sort_order order by a.sort_order, a.id";
        return jdbc.query(sql, params, (rs, rowNum) -> new AreaProgress(rs.getLong("area_id"),
                rs.getString("area_name"), rs.getInt("units"), rs.getInt("drawn"), milestoneCounts(rs)));
    }

    /**
     * Returns the units that have not reached at least one of the {@code overdue} milestones, by
     * area display order and name. A unit that was not drawn is never overdue on sampling.
     */
    List<OverdueUnit> overdueUnits(DataScope scope, Long areaId, LocalDate day, int connectedWindowDays,
            List<Milestone> overdue) {
        if (overdue.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<String> missing = overdue.stream().map(ProgressQueries::missingCondition).toList();
        String sql = unitProgress(scope, areaId, day, connectedWindowDays, params)
                + "select p.*, a.name as area_name from unit_progress p join area a on a.id = p.area_id"
                + " where " + String.join(" or ", missing)
                + " order by a.sort_order, a.id, p.name, p.id";
        return jdbc.query(sql, params, (rs, rowNum) -> {
            List<Milestone> missed = new ArrayList<>();
            for (Milestone milestone : overdue) {
                if (missedIn(rs, milestone)) {
                    missed.add(milestone);
                }
            }
            return new OverdueUnit(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                    rs.getLong("area_id"), rs.getString("area_name"), missed);
        });
    }

    private static String unitProgress(DataScope scope, Long areaId, LocalDate day, int connectedWindowDays,
            MapSqlParameterSource params) {
        params.addValue("connectedFrom", startOf(day.minusDays(connectedWindowDays - 1L)));
        params.addValue("connectedTo", startOf(day.plusDays(1)));
        String areaFilter = "";
        if (areaId != null) {
            params.addValue("areaId", areaId);
            areaFilter = "and u.area_id = :areaId";
        }
        return UNIT_PROGRESS.formatted(unitScope(scope, params), areaFilter);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(CHINA).toOffsetDateTime();
    }

    private static Map<Milestone, Integer> milestoneCounts(ResultSet rs) throws SQLException {
        Map<Milestone, Integer> counts = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            counts.put(milestone, rs.getInt(column(milestone)));
        }
        return counts;
    }

    private static String missingCondition(Milestone milestone) {
        if (milestone == Milestone.SAMPLED) {
            return "(p.drawn and not p.sampled)";
        }
        return "not p." + column(milestone);
    }

    private static boolean missedIn(ResultSet rs, Milestone milestone) throws SQLException {
        if (milestone == Milestone.SAMPLED) {
            return rs.getBoolean("drawn") && !rs.getBoolean("sampled");
        }
        return !rs.getBoolean(column(milestone));
    }

    private static String column(Milestone milestone) {
        return milestone.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Returns the condition limiting source units aliased {@code u} to the scope. */
    static String unitScope(DataScope scope, MapSqlParameterSource params) {
        if (scope.all()) {
            return "true";
        }
        if (scope.unitId() != null) {
            params.addValue("scopeUnitId", scope.unitId());
            return "u.id = :scopeUnitId";
        }
        if (scope.areaIds().isEmpty()) {
            return "false";
        }
        params.addValue("scopeAreaIds", scope.areaIds());
        return "u.area_id in (:scopeAreaIds)";
    }
}

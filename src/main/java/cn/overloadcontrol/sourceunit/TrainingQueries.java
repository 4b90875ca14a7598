package cn.overloadcontrol.sourceunit;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The read side of training, in SQL so that the data scope sits in each WHERE clause: a town
 * user's query never loads attendance of units outside their areas, and an enterprise user's
 * query only sessions their unit attended.
 */
@Component
class TrainingQueries {

    /** Whether the source unit aliased {@code u} attended any session. */
    private static final String ATTENDED = "exists (select 1 from training_unit_attendance a where a.unit_id = u.id)";

    private final NamedParameterJdbcTemplate jdbc;
    private final RegionService regions;

    TrainingQueries(NamedParameterJdbcTemplate jdbc, RegionService regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    /**
     * Returns whether department rows are shown. They are not unit data, so town staff see them
     * too, but a unit's users see only their own unit's row.
     */
    static boolean departmentsVisible(DataScope scope) {
        return scope.all() || !scope.isUnitScoped() && !scope.areaIds().isEmpty();
    }

    Page<TrainingSessionSummary> sessions(TrainingQuery query, DataScope scope, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where ").append(sessionScope(scope, params));
        if (query.from() != null) {
            where.append(" and s.held_on >= :from");
            params.addValue("from", Date.valueOf(query.from()));
        }
        if (query.to() != null) {
            where.append(" and s.held_on <= :to");
            params.addValue("to", Date.valueOf(query.to()));
        }
        Long total = jdbc.queryForObject("select count(*) from training_session s" + where, params, Long.class);

        params.addValue("limit", pageable.getPageSize());
        params.addValue("offset", pageable.getOffset());
        String sql = """
                select s.id, s.held_on, s.topic, s.organizer, s.place,
                       ua.unit_count, ua.unit_attendees, da.department_count, da.department_attendees
                from training_session s
                cross join lateral (
                    select count(*) as unit_count, coalesce(sum(a.attendee_count), 0) as unit_attendees
                    from training_unit_attendance a join source_unit u on u.id = a.unit_id
                    where a.session_id = s.id and %s) ua
                cross join lateral (
                    select count(*) as department_count, coalesce(sum(d.attendee_count), 0) as department_attendees
                    from training_department_attendance d
                    where d.session_id = s.id and %s) da
                """.formatted(unitScope(scope, params), departmentsVisible(scope))
                + where + " order by s.held_on desc, s.id desc limit :limit offset :offset";
        List<TrainingSessionSummary> rows = jdbc.query(sql, params, (rs, rowNum) -> new TrainingSessionSummary(
                rs.getLong("id"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("topic"),
                rs.getString("organizer"),
                rs.getString("place"),
                rs.getInt("unit_count"),
                rs.getInt("department_count"),
                rs.getInt("unit_attendees") + rs.getInt("department_attendees")));
        return new PageImpl<>(new ArrayList<>(rows), pageable, total == null ? 0 : total);
    }

    boolean sessionVisible(long sessionId, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("sessionId", sessionId);
        String sql = "select count(*) from training_session s where s.id = :sessionId and " + sessionScope(scope, params);
        Long count = jdbc.queryForObject(sql, params, Long.class);
        return count != null && count > 0;
    }

    List<TrainingUnitAttendanceView> unitAttendance(long sessionId, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("sessionId", sessionId);
        String sql = """
                select a.id, a.unit_id, u.name, u.credit_code, u.area_id, u.published, a.attendee_names,
                       a.attendee_count
                from training_unit_attendance a join source_unit u on u.id = a.unit_id
                where a.session_id = :sessionId and %s
                order by a.id
                """.formatted(unitScope(scope, params));
        Function<Long, String> areaName = areaNames();
        return jdbc.query(sql, params, (rs, rowNum) -> new TrainingUnitAttendanceView(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("name"),
                rs.getString("credit_code"),
                areaName.apply(rs.getLong("area_id")),
                rs.getBoolean("published"),
                rs.getString("attendee_names"),
                rs.getInt("attendee_count")));
    }

    List<TrainingDepartmentAttendanceView> departmentAttendance(long sessionId, DataScope scope) {
        if (!departmentsVisible(scope)) {
            return List.of();
        }
        String sql = """
                select id, department, attendee_names, attendee_count from training_department_attendance
                where session_id = :sessionId order by id
                """;
        return jdbc.query(sql, new MapSqlParameterSource("sessionId", sessionId),
                (rs, rowNum) -> new TrainingDepartmentAttendanceView(rs.getLong("id"), rs.getString("department"),
                        rs.getString("attendee_names"), rs.getInt("attendee_count")));
    }

    /** Units in scope that the session does not list yet, published or not, by name. */
    List<TrainingUnitChoice> unitChoices(long sessionId, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("sessionId", sessionId);
        String sql = """
                select u.id, u.name, u.credit_code, u.area_id, u.published from source_unit u
                where %s and not exists (
                    select 1 from training_unit_attendance a where a.session_id = :sessionId and a.unit_id = u.id)
                order by u.name, u.id
                """.formatted(unitScope(scope, params));
        Function<Long, String> areaName = areaNames();
        return jdbc.query(sql, params, (rs, rowNum) -> new TrainingUnitChoice(rs.getLong("id"), rs.getString("name"),
                rs.getString("credit_code"), areaName.apply(rs.getLong("area_id")), rs.getBoolean("published")));
    }

    /**
     * Builds the "not yet trained" report over the published units in scope, optionally of one
     * area, with areas in their display order.
     */
    TrainingCoverage coverage(DataScope scope, Long areaId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where u.published and ").append(unitScope(scope, params));
        if (areaId != null) {
            where.append(" and u.area_id = :areaId");
            params.addValue("areaId", areaId);
        }
        List<AreaView> areas = regions.allAreas();
        return new TrainingCoverage(countsPerArea(where.toString(), params, areas),
                untrainedUnits(where.toString(), params, areas));
    }

    private List<TrainingAreaCoverage> countsPerArea(String where, MapSqlParameterSource params,
            List<AreaView> areas) {
        Map<Long, int[]> countsByArea = new HashMap<>();
        String sql = "select u.area_id, count(*) as published_count, count(*) filter (where " + ATTENDED
                + ") as trained_count from source_unit u" + where + " group by u.area_id";
        jdbc.query(sql, params, rs -> {
            countsByArea.put(rs.getLong("area_id"),
                    new int[] {rs.getInt("published_count"), rs.getInt("trained_count")});
        });
        return areas.stream()
                .filter(area -> countsByArea.containsKey(area.id()))
                .map(area -> new TrainingAreaCoverage(area.id(), area.name(), countsByArea.get(area.id())[0],
                        countsByArea.get(area.id())[1]))
                .toList();
    }

    private List<TrainingUntrainedUnit> untrainedUnits(String where, MapSqlParameterSource params,
            List<AreaView> areas) {
        Map<Long, AreaView> areasById = areas.stream().collect(Collectors.toMap(AreaView::id, Function.identity()));
        String sql = """
                select u.id, u.name, u.credit_code, u.area_id, d.label as unit_type, u.status, u.published_on,
                       u.supervisor_name
                from source_unit u join unit_dictionary d on d.id = u.unit_type_id
                """ + where + " and not " + ATTENDED + " order by u.name, u.id";
        List<TrainingUntrainedUnit> untrained = new ArrayList<>(jdbc.query(sql, params,
                (rs, rowNum) -> new TrainingUntrainedUnit(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("credit_code"),
                        rs.getLong("area_id"),
                        nameOf(areasById.get(rs.getLong("area_id"))),
                        rs.getString("unit_type"),
                        UnitStatus.valueOf(rs.getString("status")),
                        rs.getObject("published_on", LocalDate.class),
                        rs.getString("supervisor_name"))));
        // Areas in display order, units by name within each area (the sort is stable).
        List<Long> areaOrder = areas.stream().map(AreaView::id).toList();
        untrained.sort(Comparator.comparingInt(unit -> areaOrder.indexOf(unit.areaId())));
        return List.copyOf(untrained);
    }

    /** Returns the condition limiting source units aliased {@code u} to the scope. */
    private static String unitScope(DataScope scope, MapSqlParameterSource params) {
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

    /**
     * Returns the condition limiting sessions aliased {@code s} to the scope. Town users see
     * every session, so they also see the ones their units missed; a unit's users see the
     * sessions their unit attended.
     */
    private static String sessionScope(DataScope scope, MapSqlParameterSource params) {
        if (scope.isUnitScoped()) {
            params.addValue("scopeUnitId", scope.unitId());
            return "exists (select 1 from training_unit_attendance sa where sa.session_id = s.id"
                    + " and sa.unit_id = :scopeUnitId)";
        }
        return scope.all() || !scope.areaIds().isEmpty() ? "true" : "false";
    }

    private Function<Long, String> areaNames() {
        Map<Long, AreaView> areasById = regions.allAreas().stream()
                .collect(Collectors.toMap(AreaView::id, Function.identity()));
        return id -> nameOf(areasById.get(id));
    }

    private static String nameOf(AreaView area) {
        return area == null ? "" : area.name();
    }
}

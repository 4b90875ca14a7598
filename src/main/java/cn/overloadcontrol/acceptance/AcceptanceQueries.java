package cn.overloadcontrol.acceptance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads acceptances, their items and rectification tasks. An acceptance's data scope is its
 * unit's area, so every query joins the unit and applies the scope in its WHERE clause.
 */
@Component
class AcceptanceQueries {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final String FROM = """
             from acceptance x
             join source_unit u on u.id = x.unit_id
             join area a on a.id = u.area_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AcceptanceQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AcceptanceView> view(long id, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", id);
        String where = " where x.id = :id" + scopeClause(scope, params);
        return jdbc.query("select x.*, u.name as unit_name, u.credit_code, a.name as area_name" + FROM + where,
                params, (rs, n) -> mapView(rs)).stream().findFirst();
    }

    Page<AcceptanceRow> search(AcceptanceStatus status, Long unitId, DataScope scope, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where true").append(scopeClause(scope, params));
        if (status != null) {
            where.append(" and x.status = :status");
            params.addValue("status", status.name());
        }
        if (unitId != null) {
            where.append(" and x.unit_id = :unitId");
            params.addValue("unitId", unitId);
        }
        Long total = jdbc.queryForObject("select count(*)" + FROM + where, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<AcceptanceRow> rows = jdbc.query("""
                select x.id, x.unit_id, u.name as unit_name, a.name as area_name, x.kind, x.scheduled_on,
                       x.inspectors, x.status, x.concluded_at,
                       (select count(*) from rectification r where r.acceptance_id = x.id and r.status = 'OPEN')
                           as open_rectifications
                """ + FROM + where + " order by x.scheduled_on desc, x.id desc limit :limit offset :offset",
                params, (rs, n) -> new AcceptanceRow(rs.getLong("id"), rs.getLong("unit_id"),
                        rs.getString("unit_name"), rs.getString("area_name"),
                        AcceptanceKind.valueOf(rs.getString("kind")), rs.getDate("scheduled_on").toLocalDate(),
                        rs.getString("inspectors"), AcceptanceStatus.valueOf(rs.getString("status")),
                        time(rs.getTimestamp("concluded_at")), rs.getInt("open_rectifications")));
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** Rectification tasks in scope, open ones first, then by deadline. */
    List<RectificationView> rectifications(RectificationStatus status, Long unitId, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where true").append(scopeClause(scope, params));
        if (status != null) {
            where.append(" and r.status = :status");
            params.addValue("status", status.name());
        }
        if (unitId != null) {
            where.append(" and r.unit_id = :unitId");
            params.addValue("unitId", unitId);
        }
        return jdbc.query("select r.*, u.name as unit_name from rectification r"
                + " join source_unit u on u.id = r.unit_id" + where
                + " order by r.status desc, r.deadline, r.id", params, AcceptanceQueries::mapRectification);
    }

    Optional<PhotoView> photo(long acceptanceId, long photoId, DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", acceptanceId).addValue("photoId", photoId);
        String where = " where x.id = :id and p.id = :photoId" + scopeClause(scope, params);
        return jdbc.query("select p.*" + FROM + " join acceptance_item i on i.acceptance_id = x.id"
                + " join acceptance_item_photo p on p.item_id = i.id" + where, params, (rs, n) -> mapPhoto(rs))
                .stream().findFirst();
    }

    /** Returns the unit's open rectification tasks, oldest first, applying no scope. */
    List<RectificationView> openRectifications(long unitId) {
        return jdbc.query("select r.*, u.name as unit_name from rectification r join source_unit u on u.id = r.unit_id"
                + " where r.unit_id = :unitId and r.status = 'OPEN' order by r.id", Map.of("unitId", unitId),
                AcceptanceQueries::mapRectification);
    }

    private AcceptanceView mapView(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        List<AcceptanceItemView> items = items(id);
        List<RectificationView> rectifications = jdbc.query("""
                select r.*, u.name as unit_name from rectification r join source_unit u on u.id = r.unit_id
                 where r.acceptance_id = :id
                    or r.id in (select i.rectification_id from acceptance_item i where i.acceptance_id = :id)
                 order by r.id""", Map.of("id", id), AcceptanceQueries::mapRectification);
        return new AcceptanceView(id, rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("credit_code"),
                rs.getString("area_name"), AcceptanceKind.valueOf(rs.getString("kind")),
                (Long) rs.getObject("previous_id"), rs.getDate("scheduled_on").toLocalDate(),
                rs.getString("inspectors"), rs.getString("notes"), AcceptanceStatus.valueOf(rs.getString("status")),
                time(rs.getTimestamp("period_from")), time(rs.getTimestamp("period_to")),
                time(rs.getTimestamp("concluded_at")), rs.getString("concluded_by"),
                rs.getString("conclusion_notes"), rs.getString("created_by"), time(rs.getTimestamp("created_at")),
                rs.getLong("version"), items, rectifications);
    }

    private List<AcceptanceItemView> items(long acceptanceId) {
        Map<Long, List<PhotoView>> photos = jdbc.query("""
                select p.* from acceptance_item_photo p join acceptance_item i on i.id = p.item_id
                 where i.acceptance_id = :id order by p.id""", Map.of("id", acceptanceId),
                (rs, n) -> mapPhoto(rs)).stream().collect(Collectors.groupingBy(PhotoView::itemId));
        return jdbc.query("select * from acceptance_item where acceptance_id = :id order by position, id",
                Map.of("id", acceptanceId), (rs, n) -> new AcceptanceItemView(rs.getLong("id"),
                        rs.getInt("position"), rs.getString("title"), rs.getString("guidance"),
                        rs.getString("check_key"), ItemOutcome.valueOf(rs.getString("outcome")),
                        rs.getString("measured"), rs.getString("notes"), rs.getString("recorded_by"),
                        time(rs.getTimestamp("recorded_at")), (Long) rs.getObject("rectification_id"), List.of()))
                .stream().map(item -> item.withPhotos(photos.getOrDefault(item.id(), List.of()))).toList();
    }

    private static PhotoView mapPhoto(ResultSet rs) throws SQLException {
        return new PhotoView(rs.getLong("id"), rs.getLong("item_id"), rs.getString("file_name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"));
    }

    private static RectificationView mapRectification(ResultSet rs, int rowNum) throws SQLException {
        return new RectificationView(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                (Long) rs.getObject("acceptance_id"), (Long) rs.getObject("item_id"),
                (Long) rs.getObject("sampling_draw_id"), rs.getString("title"),
                rs.getString("requirement"), rs.getDate("deadline").toLocalDate(),
                RectificationStatus.valueOf(rs.getString("status")), (Long) rs.getObject("closed_by_acceptance_id"),
                time(rs.getTimestamp("closed_at")));
    }

    static String scopeClause(DataScope scope, MapSqlParameterSource params) {
        if (scope.all()) {
            return "";
        }
        if (scope.unitId() != null) {
            params.addValue("scopeUnitId", scope.unitId());
            return " and u.id = :scopeUnitId";
        }
        if (scope.areaIds().isEmpty()) {
            return " and false";
        }
        params.addValue("scopeAreaIds", scope.areaIds());
        return " and u.area_id in (:scopeAreaIds)";
    }

    private static OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant().atOffset(CHINA);
    }
}

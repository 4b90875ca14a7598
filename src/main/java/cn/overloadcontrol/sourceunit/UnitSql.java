package cn.overloadcontrol.sourceunit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.overloadcontrol.common.CreditCode;
import cn.overloadcontrol.common.security.DataScope;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.util.StringUtils;

/**
 * SQL of the ledger reads: one select with the labels joined in, the filters of a
 * {@link UnitQuery}, the data scope as part of the WHERE clause, and the sort whitelist. The list
 * screen, the detail screen and the export share it, so they always return the same units to a user.
 * The joins read the area table of the region module, which source_unit references by key.
 */
final class UnitSql {

    /** Screens and files show times in China Standard Time. */
    static final ZoneOffset DISPLAY_OFFSET = ZoneOffset.ofHours(8);

    static final String FROM = """
             from source_unit u
             join area a on a.id = u.area_id
             join unit_dictionary t on t.id = u.unit_type_id
             left join unit_dictionary m on m.id = u.supervision_mode_id
            """;

    static final String SELECT_ROW = """
            select u.id, u.name, u.credit_code, u.area_id, a.name as area_name, u.unit_type_id,
                   t.label as unit_type_label, u.address, u.longitude, u.latitude, u.legal_representative,
                   u.safety_contact, u.safety_contact_phone, u.annual_throughput, u.transport_routes,
                   u.supervision_mode_id, m.label as supervision_mode_label, u.supervising_department,
                   u.supervisor_name, u.supervisor_department, u.supervisor_office_phone, u.supervisor_mobile,
                   u.status, u.published, u.published_on, u.created_at, u.updated_at,
                   u.credit_code_override_reason, u.version
            """ + FROM;

    /** Sort keys a request may name, each with its columns; anything else is ignored. */
    private static final Map<String, List<String>> SORT_COLUMNS = Map.of(
            "name", List.of("u.name"),
            "area", List.of("a.sort_order", "a.code"),
            "type", List.of("t.sort_order", "t.label"),
            "status", List.of(statusOrder()),
            "updated", List.of("u.updated_at"),
            "published", List.of("u.published_on"));

    static final Sort DEFAULT_SORT = Sort.by(Sort.Direction.DESC, "updated");

    private UnitSql() {
    }

    /** A WHERE clause (starting with " where") and its parameters. */
    record Where(String clause, MapSqlParameterSource params) {
    }

    /** Builds the WHERE clause of a ledger query within a data scope. */
    static Where where(UnitQuery query, DataScope scope) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        addScope(conditions, params, scope);
        addKeyword(conditions, params, query.keyword());
        if (query.areaId() != null) {
            conditions.add("u.area_id = :areaId");
            params.addValue("areaId", query.areaId());
        }
        if (query.unitTypeId() != null) {
            conditions.add("u.unit_type_id = :unitTypeId");
            params.addValue("unitTypeId", query.unitTypeId());
        }
        if (query.status() != null) {
            conditions.add("u.status = :status");
            params.addValue("status", query.status().name());
        }
        if (query.published() != null) {
            conditions.add("u.published = :published");
            params.addValue("published", query.published());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /** Applies the scope in SQL, so a unit outside it is never read. Mirrors {@link DataScope#permits}. */
    private static void addScope(List<String> conditions, MapSqlParameterSource params, DataScope scope) {
        if (scope.all()) {
            return;
        }
        if (scope.unitId() != null) {
            conditions.add("u.id = :scopeUnitId");
            params.addValue("scopeUnitId", scope.unitId());
        } else if (scope.areaIds().isEmpty()) {
            conditions.add("false");
        } else {
            conditions.add("u.area_id in (:scopeAreaIds)");
            params.addValue("scopeAreaIds", scope.areaIds());
        }
    }

    /** Adds the keyword condition: part of the name, or the start of the credit code. */
    private static void addKeyword(List<String> conditions, MapSqlParameterSource params, String keyword) {
        if (!StringUtils.hasText(keyword)) {
            return;
        }
        String text = keyword.strip();
        conditions.add("(u.name ilike :namePattern or u.credit_code like :codePrefix)");
        params.addValue("namePattern", "%" + escapeLike(text) + "%");
        params.addValue("codePrefix", escapeLike(CreditCode.normalize(text)) + "%");
    }

    /** Escapes the LIKE wildcards so a typed % or _ matches itself (PostgreSQL's default escape is \). */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Builds the ORDER BY clause from the whitelisted sort keys, with the id as the last tie-breaker. */
    static String orderBy(Sort sort) {
        List<String> terms = new ArrayList<>();
        Sort effective = sort.stream().anyMatch(order -> SORT_COLUMNS.containsKey(order.getProperty())) ? sort
                : DEFAULT_SORT;
        for (Sort.Order order : effective) {
            List<String> columns = SORT_COLUMNS.get(order.getProperty());
            if (columns == null) {
                continue;
            }
            String direction = order.isAscending() ? " asc" : " desc";
            columns.forEach(column -> terms.add(column + direction + " nulls last"));
        }
        terms.add("u.id" + (effective.iterator().next().isAscending() ? " asc" : " desc"));
        return " order by " + String.join(", ", terms);
    }

    /** Orders statuses as the enum declares them (在营 first), not alphabetically. */
    private static String statusOrder() {
        String names = Arrays.stream(UnitStatus.values()).map(status -> "'" + status.name() + "'")
                .collect(Collectors.joining(", "));
        return "array_position(array[" + names + "]::varchar[], u.status::varchar)";
    }

    static UnitRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new UnitRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("credit_code"),
                rs.getLong("area_id"),
                rs.getString("area_name"),
                rs.getLong("unit_type_id"),
                rs.getString("unit_type_label"),
                rs.getString("address"),
                rs.getBigDecimal("longitude"),
                rs.getBigDecimal("latitude"),
                rs.getString("legal_representative"),
                rs.getString("safety_contact"),
                rs.getString("safety_contact_phone"),
                rs.getBigDecimal("annual_throughput"),
                rs.getString("transport_routes"),
                rs.getObject("supervision_mode_id", Long.class),
                rs.getString("supervision_mode_label"),
                rs.getString("supervising_department"),
                rs.getString("supervisor_name"),
                rs.getString("supervisor_department"),
                rs.getString("supervisor_office_phone"),
                rs.getString("supervisor_mobile"),
                UnitStatus.valueOf(rs.getString("status")),
                rs.getBoolean("published"),
                rs.getObject("published_on", LocalDate.class),
                displayTime(rs, "created_at"),
                displayTime(rs, "updated_at"),
                rs.getString("credit_code_override_reason"));
    }

    static OffsetDateTime displayTime(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.withOffsetSameInstant(DISPLAY_OFFSET);
    }
}

package cn.overloadcontrol.sourceunit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import cn.overloadcontrol.common.PersonalDataMask;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The public list (公示) of published units, for visitors without a login. The query selects only
 * the published columns, so personal data cannot reach the page or the file by mistake.
 */
@Service
@Transactional(readOnly = true)
public class PublicUnitList {

    private static final String FROM = """
             from source_unit u
             join area a on a.id = u.area_id
             join unit_dictionary t on t.id = u.unit_type_id
             left join unit_dictionary m on m.id = u.supervision_mode_id
             where u.published
            """;

    private static final String SELECT = """
            select u.name, a.name as area_name, t.label as unit_type_label, u.address,
                   m.label as supervision_mode_label, u.supervisor_name, u.supervisor_department,
                   u.supervisor_office_phone, u.supervisor_mobile, u.published_on, u.updated_at
            """ + FROM;

    private static final String ORDER_BY = " order by a.sort_order, a.code, u.name, u.id";

    private final NamedParameterJdbcTemplate jdbc;

    PublicUnitList(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** Returns one page of the published units that match, ordered by area and name. */
    public Page<PublicUnitRow> search(PublicUnitQuery query, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String filters = filters(query, params);
        Long total = jdbc.queryForObject("select count(*)" + FROM + filters, params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        List<PublicUnitRow> rows = jdbc.query(SELECT + filters + ORDER_BY + " limit :limit offset :offset", params,
                PublicUnitList::mapRow);
        return new PageImpl<>(new ArrayList<>(rows), pageable, total == null ? 0 : total);
    }

    /** Passes every published unit that matches to {@code action}, in list order. */
    public void forEachMatching(PublicUnitQuery query, Consumer<PublicUnitRow> action) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = SELECT + filters(query, params) + ORDER_BY;
        jdbc.query(sql, params, rs -> {
            action.accept(mapRow(rs, 0));
        });
    }

    private static String filters(PublicUnitQuery query, MapSqlParameterSource params) {
        StringBuilder filters = new StringBuilder();
        if (StringUtils.hasText(query.name())) {
            filters.append(" and u.name ilike :namePattern");
            params.addValue("namePattern", "%" + UnitSql.escapeLike(query.name().strip()) + "%");
        }
        if (query.areaId() != null) {
            filters.append(" and u.area_id = :areaId");
            params.addValue("areaId", query.areaId());
        }
        if (query.unitTypeId() != null) {
            filters.append(" and u.unit_type_id = :unitTypeId");
            params.addValue("unitTypeId", query.unitTypeId());
        }
        return filters.toString();
    }

    private static PublicUnitRow mapRow(ResultSet rs, int rowNum) throws SQLException {
        return new PublicUnitRow(
                rs.getString("name"),
                rs.getString("area_name"),
                rs.getString("unit_type_label"),
                rs.getString("address"),
                rs.getString("supervision_mode_label"),
                rs.getString("supervisor_name"),
                rs.getString("supervisor_department"),
                rs.getString("supervisor_office_phone"),
                PersonalDataMask.phone(rs.getString("supervisor_mobile")),
                rs.getObject("published_on", java.time.LocalDate.class),
                UnitSql.displayTime(rs, "updated_at"));
    }
}

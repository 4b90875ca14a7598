package cn.overloadcontrol.station;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.security.CurrentUsers;
import cn.overloadcontrol.common.security.DataScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inventory figures across stations: certificate warnings and alerts, and a unit's summary for acceptance. */
@Service
@Transactional(readOnly = true)
public class InventoryOverview {

    private final NamedParameterJdbcTemplate jdbc;

    InventoryOverview(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Returns the installed truck scales in the current user's scope whose certificate expired
     * before {@code today} (alert) or expires within {@link CertificateStatus#WARNING_DAYS} days
     * of it (warning), the earliest expiry first.
     */
    public List<CertificateAlert> certificateAlerts(LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("warnUntil", today.plusDays(CertificateStatus.WARNING_DAYS));
        String scope = scopeClause(CurrentUsers.scope(), params);
        return jdbc.query("""
                select d.id, d.station_id, s.name as station_name, u.id as unit_id, u.name as unit_name, d.model,
                       d.certificate_number, d.certificate_expires_on
                  from station_device d
                  join weigh_station s on s.id = d.station_id
                  join source_unit u on u.id = s.unit_id
                 where d.kind = 'TRUCK_SCALE' and not d.spare and s.status <> 'DISABLED'
                   and d.certificate_expires_on <= :warnUntil""" + scope
                        + " order by d.certificate_expires_on, u.name, s.name",
                params, (rs, n) -> {
                    LocalDate expiresOn = rs.getDate("certificate_expires_on").toLocalDate();
                    return new CertificateAlert(rs.getLong("id"), rs.getLong("station_id"),
                            rs.getString("station_name"), rs.getLong("unit_id"), rs.getString("unit_name"),
                            rs.getString("model"), rs.getString("certificate_number"), expiresOn,
                            CertificateStatus.of(expiresOn, today), ChronoUnit.DAYS.between(today, expiresOn));
                });
    }

    /**
     * Returns the inventory summary of a unit's stations that are not disabled, on {@code today}.
     * Applies no data scope: the caller has already loaded the unit in the user's scope.
     */
    public UnitInventorySummary unitSummary(long unitId, LocalDate today) {
        Map<String, Object> params = Map.of("unitId", unitId, "today", today);
        return jdbc.queryForObject("""
                select count(*) as stations,
                       coalesce(sum((select count(*) from station_device d where d.station_id = s.id
                                      and d.kind = 'TRUCK_SCALE' and not d.spare)), 0) as scales,
                       coalesce(sum((select count(*) from station_device d where d.station_id = s.id
                                      and d.kind = 'TRUCK_SCALE' and not d.spare
                                      and d.certificate_expires_on >= :today)), 0) as valid_scales,
                       count(i.emergency_plan_sha256) as plans,
                       count(*) filter (where i.maintenance_company is not null
                                          and i.maintenance_contract_number is not null) as maintained
                  from weigh_station s
                  left join station_installation i on i.station_id = s.id
                 where s.unit_id = :unitId and s.status <> 'DISABLED'""", params, (rs, n) -> {
                    int stations = rs.getInt("stations");
                    return new UnitInventorySummary(stations, rs.getInt("scales"), rs.getInt("valid_scales"),
                            rs.getInt("plans") > 0, stations > 0 && rs.getInt("maintained") == stations);
                });
    }

    private static String scopeClause(DataScope scope, MapSqlParameterSource params) {
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
}

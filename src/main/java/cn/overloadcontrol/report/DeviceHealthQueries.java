package cn.overloadcontrol.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The SQL of device health over the heartbeat tables (latest heartbeat per station and the
 * compact history), the device inventory and the weighing records. Only active stations count:
 * a station being built or disabled is expected to be silent.
 */
@Component
class DeviceHealthQueries {

    /** Heartbeats of one station on one day (China time). */
    record DailyHeartbeats(long stationId, LocalDate day, int received, int indicatorOnline, int camerasOnline,
            int maxCameras) {
    }

    /**
     * An active station with its last heartbeat and when it was registered.
     *
     * @param stopping        the last heartbeat reported that the station is stopping cleanly
     * @param camerasReported cameras in the station's latest heartbeats that carried cameras
     */
    record StationState(long stationId, String code, String name, long unitId, String unitName, String areaName,
            Instant lastHeartbeat, String indicatorState, String indicatorReason, Instant lastFrameAt, int cameras,
            Instant createdAt, boolean stopping, int camerasReported, int camerasOnline) {
    }

    /** A camera or board that its station's latest heartbeat reported offline. */
    record OfflineDevice(long stationId, String kind, String deviceId, String reason, Instant lastSuccessAt) {
    }

    /** A unit's active stations and their heartbeats over a period. */
    record UnitHeartbeats(long stations, long received, long indicatorOnline) {
    }

    /** A unit in operation without a record since the cutoff. */
    record SilentUnit(long unitId, String unitName, String areaName, Instant lastRecord) {
    }

    private static final String STATIONS_IN_SCOPE = """
            from weigh_station s
            join source_unit u on u.id = s.unit_id
            join area a on a.id = u.area_id
            where s.status = 'ACTIVE' and %s
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DeviceHealthQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the active stations in scope with their last heartbeat, by area, unit and code. */
    List<StationState> stations(DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                select s.id, s.code, s.name, s.created_at, u.id as unit_id, u.name as unit_name, a.name as area_name,
                       h.received_at, h.indicator_state, h.indicator_reason, h.last_frame_at,
                       (select count(*) from station_device d
                        where d.station_id = s.id and not d.spare and d.kind in ('CAMERA', 'PLATE_CAMERA')) as cameras,
                       coalesce(h.stopping, false) as stopping,
                       (select count(*) from station_device_state ds
                        where ds.station_id = s.id and ds.kind = 'CAMERA') as cameras_reported,
                       (select count(*) from station_device_state ds
                        where ds.station_id = s.id and ds.kind = 'CAMERA' and ds.state = 'ONLINE') as cameras_online
                from weigh_station s
                join source_unit u on u.id = s.unit_id
                join area a on a.id = u.area_id
                left join station_heartbeat h on h.station_id = s.id
                where s.status = 'ACTIVE' and %s
                order by a.sort_order, a.id, u.name, u.id, s.code
                """.formatted(ProgressQueries.unitScope(scope, params));
        return jdbc.query(sql, params, (rs, rowNum) -> new StationState(rs.getLong("id"), rs.getString("code"),
                rs.getString("name"), rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("area_name"),
                instant(rs.getTimestamp("received_at")), rs.getString("indicator_state"),
                rs.getString("indicator_reason"), instant(rs.getTimestamp("last_frame_at")), rs.getInt("cameras"),
                instant(rs.getTimestamp("created_at")),
                rs.getBoolean("stopping"), rs.getInt("cameras_reported"), rs.getInt("cameras_online")));
    }

    /** Returns the cameras and boards of active stations in scope that their latest heartbeat reported offline. */
    List<OfflineDevice> offlineDevices(DataScope scope) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                select ds.station_id, ds.kind, ds.device_id, ds.reason, ds.last_success_at
                from station_device_state ds
                where ds.state = 'OFFLINE' and ds.station_id in (select s.id %s)
                order by ds.station_id, ds.kind, ds.device_id
                """.formatted(STATIONS_IN_SCOPE.formatted(ProgressQueries.unitScope(scope, params)));
        return jdbc.query(sql, params, (rs, rowNum) -> new OfflineDevice(rs.getLong("station_id"),
                rs.getString("kind"), rs.getString("device_id"), rs.getString("reason"),
                instant(rs.getTimestamp("last_success_at"))));
    }

    /** Counts the heartbeats of the active stations in scope per station and China day over [from, to). */
    List<DailyHeartbeats> dailyHeartbeats(DataScope scope, Instant from, Instant to) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("from", offset(from))
                .addValue("to", offset(to));
        String sql = """
                select l.station_id, (l.received_at at time zone 'Asia/Shanghai')::date as day, count(*) as received,
                       count(*) filter (where l.indicator_state = 'ONLINE') as indicator_online,
                       coalesce(sum(l.cameras_online), 0) as cameras_online,
                       coalesce(max(l.cameras_total), 0) as max_cameras
                from station_heartbeat_log l
                where l.received_at >= :from and l.received_at < :to
                  and l.station_id in (select s.id %s)
                group by l.station_id, day
                """.formatted(STATIONS_IN_SCOPE.formatted(ProgressQueries.unitScope(scope, params)));
        return jdbc.query(sql, params, (rs, rowNum) -> new DailyHeartbeats(rs.getLong("station_id"),
                rs.getObject("day", LocalDate.class), rs.getInt("received"), rs.getInt("indicator_online"),
                rs.getInt("cameras_online"), rs.getInt("max_cameras")));
    }

    /**
     * Returns the units in operation in scope that have an active station but no record weighed
     * at or after {@code cutoff}, with their last record.
     */
    List<SilentUnit> silentUnits(DataScope scope, Instant cutoff) {
        MapSqlParameterSource params = new MapSqlParameterSource("cutoff", offset(cutoff));
        String sql = """
                select u.id, u.name, a.name as area_name,
                       (select max(r.weighed_at) from weighing_record r where r.unit_id = u.id) as last_record
                from source_unit u join area a on a.id = u.area_id
                where u.status = 'OPERATING' and %s
                  and exists (select 1 from weigh_station s where s.unit_id = u.id and s.status = 'ACTIVE')
                  and not exists (select 1 from weighing_record r where r.unit_id = u.id and r.weighed_at >= :cutoff)
                order by a.sort_order, a.id, u.name, u.id
                """.formatted(ProgressQueries.unitScope(scope, params));
        return jdbc.query(sql, params, (rs, rowNum) -> new SilentUnit(rs.getLong("id"), rs.getString("name"),
                rs.getString("area_name"), instant(rs.getTimestamp("last_record"))));
    }

    /** Counts one unit's active stations and their heartbeats over [from, to), all and with the indicator online. */
    UnitHeartbeats unitHeartbeats(long unitId, Instant from, Instant to) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("unitId", unitId)
                .addValue("from", offset(from))
                .addValue("to", offset(to));
        String sql = """
                select (select count(*) from weigh_station s where s.unit_id = :unitId and s.status = 'ACTIVE') as stations,
                       count(l.*) as received, count(l.*) filter (where l.indicator_state = 'ONLINE') as indicator_online
                from station_heartbeat_log l join weigh_station s on s.id = l.station_id
                where s.unit_id = :unitId and s.status = 'ACTIVE' and l.received_at >= :from and l.received_at < :to
                """;
        return jdbc.queryForObject(sql, params, (rs, rowNum) -> new UnitHeartbeats(rs.getLong("stations"),
                rs.getLong("received"), rs.getLong("indicator_online")));
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

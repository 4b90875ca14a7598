package cn.overloadcontrol.station.heartbeat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The latest camera and board states per station, in {@code station_device_state}. */
@Repository
class DeviceStateStore {

    private final NamedParameterJdbcTemplate jdbc;

    DeviceStateStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the station's devices of {@code kind} with {@code states}. */
    void replace(long stationId, String kind, List<DeviceState> states) {
        jdbc.update("delete from station_device_state where station_id = :stationId and kind = :kind",
                new MapSqlParameterSource("stationId", stationId).addValue("kind", kind));
        MapSqlParameterSource[] rows = states.stream().map(state -> new MapSqlParameterSource()
                        .addValue("stationId", stationId)
                        .addValue("kind", kind)
                        .addValue("deviceId", state.id())
                        .addValue("position", state.position())
                        .addValue("type", state.type())
                        .addValue("vendor", state.vendor())
                        .addValue("protocol", state.protocol())
                        .addValue("address", state.address())
                        .addValue("state", state.state())
                        .addValue("reason", state.reason())
                        .addValue("lastSuccessAt", timestamp(state.lastSuccessAt()))
                        .addValue("lastText", state.lastText())
                        .addValue("reportedAt", timestamp(state.reportedAt())))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into station_device_state (station_id, kind, device_id, position, type, vendor, protocol,
                       address, state, reason, last_success_at, last_text, reported_at)
                values (:stationId, :kind, :deviceId, :position, :type, :vendor, :protocol, :address, :state,
                        :reason, :lastSuccessAt, :lastText, :reportedAt)
                """, rows);
    }

    /** Returns the station's devices of {@code kind} by id. */
    List<DeviceState> find(long stationId, String kind) {
        return jdbc.query("""
                select * from station_device_state where station_id = :stationId and kind = :kind order by device_id
                """, new MapSqlParameterSource("stationId", stationId).addValue("kind", kind), DeviceStateStore::row);
    }

    private static DeviceState row(ResultSet rs, int rowNum) throws SQLException {
        return new DeviceState(rs.getString("kind"), rs.getString("device_id"), rs.getString("position"),
                rs.getString("type"), rs.getString("vendor"), rs.getString("protocol"), rs.getString("address"),
                rs.getString("state"), rs.getString("reason"), instant(rs.getTimestamp("last_success_at")),
                rs.getString("last_text"), instant(rs.getTimestamp("reported_at")));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

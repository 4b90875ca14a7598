package cn.overloadcontrol.station.command;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The rows of {@code station_command}; every state change is one conditional UPDATE, so it happens once. */
@Repository
class StationCommandStore {

    private final NamedParameterJdbcTemplate jdbc;

    StationCommandStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long stationId, StationCommand.Kind kind, String deviceId, String text, Instant now,
            String createdBy) {
        return jdbc.queryForObject("""
                insert into station_command (station_id, kind, device_id, text, status, created_at, created_by)
                values (:stationId, :kind, :deviceId, :text, 'QUEUED', :now, :createdBy)
                returning id
                """, new MapSqlParameterSource("stationId", stationId).addValue("kind", kind.name())
                .addValue("deviceId", deviceId).addValue("text", text).addValue("now", timestamp(now))
                .addValue("createdBy", createdBy), Long.class);
    }

    Optional<StationCommand> find(long stationId, long id) {
        return jdbc.query("select * from station_command where id = :id and station_id = :stationId",
                new MapSqlParameterSource("id", id).addValue("stationId", stationId), StationCommandStore::row)
                .stream().findFirst();
    }

    /** Marks the station's commands queued before {@code cutoff} expired; returns how many. */
    int expire(long stationId, Instant cutoff) {
        return jdbc.update("""
                update station_command set status = 'EXPIRED'
                 where station_id = :stationId and status = 'QUEUED' and created_at <= :cutoff
                """, new MapSqlParameterSource("stationId", stationId).addValue("cutoff", timestamp(cutoff)));
    }

    /**
     * Hands out the station's queued commands, oldest first. Rows locked by a concurrent poll
     * are skipped, so two polls never receive the same command.
     */
    List<StationCommand> handOut(long stationId, Instant now) {
        return jdbc.query("""
                update station_command set status = 'SENT', sent_at = :now
                 where id in (select id from station_command
                               where station_id = :stationId and status = 'QUEUED'
                               order by id for update skip locked)
                returning *
                """, new MapSqlParameterSource("stationId", stationId).addValue("now", timestamp(now)),
                StationCommandStore::row).stream()
                .sorted(Comparator.comparingLong(StationCommand::id)).toList();
    }

    /** Stores the result of a handed-out command; false when it is not in state SENT (any more). */
    boolean answer(long id, boolean done, String message, String imageSha256, Instant now) {
        return jdbc.update("""
                update station_command
                   set status = 'ANSWERED', answered_at = :now, done = :done, message = :message,
                       image_sha256 = :imageSha256
                 where id = :id and status = 'SENT'
                """, new MapSqlParameterSource("id", id).addValue("done", done).addValue("message", message)
                .addValue("imageSha256", imageSha256).addValue("now", timestamp(now))) == 1;
    }

    private static StationCommand row(ResultSet rs, int rowNum) throws SQLException {
        boolean done = rs.getBoolean("done");
        Boolean answeredDone = rs.wasNull() ? null : done;
        return new StationCommand(rs.getLong("id"), rs.getLong("station_id"),
                StationCommand.Kind.valueOf(rs.getString("kind")), rs.getString("device_id"), rs.getString("text"),
                StationCommand.Status.valueOf(rs.getString("status")), instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"), instant(rs.getTimestamp("sent_at")),
                instant(rs.getTimestamp("answered_at")), answeredDone, rs.getString("message"),
                rs.getString("image_sha256"));
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

package cn.overloadcontrol.weighing.media;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The record-media link rows and the record lookup they need. */
@Repository
class MediaLinks {

    private static final RowMapper<MediaResult> ROW = (rs, n) -> new MediaResult(rs.getLong("id"),
            rs.getLong("record_id"), MediaKind.valueOf(rs.getString("kind")), rs.getString("sha256"),
            rs.getLong("size_bytes"), rs.getString("content_type"), rs.getObject("received_at", OffsetDateTime.class),
            false);

    private final JdbcTemplate jdbc;

    MediaLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The id of the station's record with that number; another station's record is not found. */
    Optional<Long> recordId(long stationId, String recordNumber) {
        List<Long> ids = jdbc.queryForList(
                "select record_id from weighing_record_key where station_id = ? and record_number = ?", Long.class,
                stationId, recordNumber);
        return ids.stream().findFirst();
    }

    /** Inserts the link unless it exists; returns true when this call inserted it. */
    boolean insertIfAbsent(long recordId, MediaKind kind, String sha256, long sizeBytes, String contentType,
            OffsetDateTime receivedAt) {
        return jdbc.update("""
                insert into weighing_media (record_id, kind, sha256, size_bytes, content_type, received_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (record_id, kind, sha256) do nothing
                """, recordId, kind.name(), sha256, sizeBytes, contentType, receivedAt) == 1;
    }

    /** Returns the media linked to the record, in kind order, then oldest first. */
    List<MediaResult> ofRecord(long recordId) {
        return jdbc.query("select * from weighing_media where record_id = ? order by id", ROW, recordId).stream()
                .sorted(java.util.Comparator.comparing(MediaResult::kind)).toList();
    }

    MediaResult find(long recordId, MediaKind kind, String sha256) {
        return jdbc.queryForObject("select * from weighing_media where record_id = ? and kind = ? and sha256 = ?",
                ROW, recordId, kind.name(), sha256);
    }
}

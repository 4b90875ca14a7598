package cn.overloadcontrol.weighing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.weighing.UploadMedia;
import cn.overloadcontrol.weighing.UploadRecord;
import cn.overloadcontrol.weighing.WeighingRecordStored;
import cn.overloadcontrol.weighing.WeighingRecordsForUpload;
import cn.overloadcontrol.weighing.media.MediaStorage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads records and media for the uploads. Records are found through {@code weighing_record_key},
 * whose weighing time lets PostgreSQL read only the partitions that hold them.
 */
@Component
class UploadRecordReader implements WeighingRecordsForUpload {

    private static final String MEDIA_COLUMNS = "id, record_id, kind, sha256, content_type, size_bytes";

    private final NamedParameterJdbcTemplate jdbc;
    private final MediaStorage storage;
    private final RecordSearch search;

    UploadRecordReader(NamedParameterJdbcTemplate jdbc, MediaStorage storage, RecordSearch search) {
        this.jdbc = jdbc;
        this.storage = storage;
        this.search = search;
    }

    @Override
    public List<UploadRecord> records(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select r.* from weighing_record_key k
                  join weighing_record r on r.id = k.record_id and r.weighed_at = k.weighed_at
                 where k.record_id in (:ids)
                """, new MapSqlParameterSource("ids", recordIds), UploadRecordReader::record);
    }

    @Override
    public List<WeighingRecordStored> recordsWeighedBetween(Instant from, Instant to) {
        return jdbc.query("""
                select id, station_id, unit_id, weighed_at from weighing_record
                 where weighed_at >= :from and weighed_at < :to
                 order by weighed_at, id
                """, new MapSqlParameterSource("from", RecordColumns.timestamp(from))
                        .addValue("to", RecordColumns.timestamp(to)),
                (rs, rowNum) -> new WeighingRecordStored(rs.getLong("id"), rs.getLong("station_id"),
                        rs.getLong("unit_id"), RecordColumns.instant(rs, "weighed_at")));
    }

    @Override
    public List<UploadMedia> media(Collection<Long> mediaIds) {
        if (mediaIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + MEDIA_COLUMNS + " from weighing_media where id in (:ids) order by id",
                new MapSqlParameterSource("ids", mediaIds), UploadRecordReader::media);
    }

    @Override
    public List<UploadMedia> mediaOfRecords(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select " + MEDIA_COLUMNS + " from weighing_media where record_id in (:ids) order by id",
                new MapSqlParameterSource("ids", recordIds), UploadRecordReader::media);
    }

    @Override
    public Optional<byte[]> content(String sha256) {
        try {
            Optional<InputStream> stream = storage.get(sha256);
            if (stream.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream in = stream.get()) {
                return Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read media " + sha256, e);
        }
    }

    @Override
    public boolean visible(long recordId, DataScope scope) {
        return search.find(recordId, scope).isPresent();
    }

    private static UploadRecord record(ResultSet rs, int rowNum) throws SQLException {
        RecordContent content = RecordColumns.content(rs);
        RecordJudgement judgement = RecordColumns.judgement(rs);
        Map<String, Object> fields = new LinkedHashMap<>(content.canonicalFields());
        // canonicalFields writes times as text for hashing; uploads format them per target.
        putIfPresent(fields, "weighedAt", content.weighedAt());
        putIfPresent(fields, "stableAt", content.stableAt());
        putIfPresent(fields, "exitedAt", content.exitedAt());
        // NOTE: the upper platforms' formats have no place for the station's plate read, evidence
        // report and LED message yet, so their canonical JSON text is left out of uploads.
        fields.remove("plateRead");
        fields.remove("evidence");
        fields.remove("ledMessage");
        fields.put("id", rs.getLong("id"));
        putIfPresent(fields, "limitKg", judgement.limitKg());
        putIfPresent(fields, "limitBasis", judgement.basis());
        putIfPresent(fields, "excessKg", judgement.excessKg());
        putIfPresent(fields, "excessRate", judgement.excessRate());
        fields.put("verdict", judgement.verdict().name());
        fields.put("overloadVerdict", judgement.overload().name());
        fields.put("flags", judgement.flags().stream().map(Enum::name).toList());
        fields.put("recordHash", rs.getString("record_hash"));
        fields.put("receivedAt", RecordColumns.instant(rs, "received_at"));
        return new UploadRecord(rs.getLong("id"), rs.getLong("station_id"), rs.getLong("unit_id"),
                content.weighedAt(), fields);
    }

    private static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static UploadMedia media(ResultSet rs, int rowNum) throws SQLException {
        return new UploadMedia(rs.getLong("id"), rs.getLong("record_id"), rs.getString("kind"),
                rs.getString("sha256"), rs.getString("content_type"), rs.getLong("size_bytes"));
    }
}

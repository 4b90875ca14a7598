package cn.overloadcontrol.weighing.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes records, their keys and the chain heads, and reads stored results. Records are only
 * ever inserted: the table's trigger rejects UPDATE and DELETE.
 */
@Repository
class WeighingRecordStore {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /** The location and content hash of a stored record. */
    record RecordKey(long recordId, Instant weighedAt, String contentSha256) {
    }

    /** The last link of a station's chain. */
    record ChainHead(long lastSeq, String lastHash) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    WeighingRecordStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RecordKey> findKey(long stationId, String recordNumber) {
        return jdbc.query("""
                select record_id, weighed_at, content_sha256 from weighing_record_key
                 where station_id = :stationId and record_number = :recordNumber
                """, new MapSqlParameterSource("stationId", stationId).addValue("recordNumber", recordNumber),
                (rs, rowNum) -> new RecordKey(rs.getLong("record_id"), RecordColumns.instant(rs, "weighed_at"),
                        rs.getString("content_sha256")))
                .stream().findFirst();
    }

    /**
     * Locks the station's chain head until the transaction ends, creating it for the first
     * record. Every insert of the station waits here, so the chain never forks.
     */
    ChainHead lockChainHead(long stationId) {
        MapSqlParameterSource params = new MapSqlParameterSource("stationId", stationId)
                .addValue("genesis", HashChain.GENESIS);
        jdbc.update("""
                insert into weighing_chain_head (station_id, last_seq, last_hash)
                values (:stationId, 0, :genesis) on conflict (station_id) do nothing
                """, params);
        return jdbc.queryForObject("""
                select last_seq, last_hash from weighing_chain_head where station_id = :stationId for update
                """, params, (rs, rowNum) -> new ChainHead(rs.getLong("last_seq"), rs.getString("last_hash")));
    }

    long nextId() {
        Long id = jdbc.getJdbcOperations().queryForObject("select nextval('weighing_record_id_seq')", Long.class);
        return id == null ? 0 : id;
    }

    /** Inserts the record, its key and the new chain head. */
    void insert(NewRecord record) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("id", record.id())
                .addValue("stationId", record.station().stationId())
                .addValue("unitId", record.station().unitId())
                .addValue("areaId", record.station().areaId())
                .addValue("contentSha256", record.contentSha256())
                .addValue("chainSeq", record.chainSeq())
                .addValue("previousHash", record.previousHash())
                .addValue("recordHash", record.recordHash())
                .addValue("receivedAt", RecordColumns.timestamp(record.receivedAt()))
                .addValue("massSource", record.massSource() == null ? null : record.massSource().name())
                .addValue("registryTotalMassKg", record.registryMasses() == null ? null
                        : record.registryMasses().totalMassKg())
                .addValue("registryLoadKg", record.registryMasses() == null ? null : record.registryMasses().loadKg())
                .addValue("registryImportedFrom", record.registryMasses() == null ? null
                        : record.registryMasses().importedFrom())
                .addValue("registryImportedAt", record.registryMasses() == null ? null
                        : RecordColumns.timestamp(record.registryMasses().importedAt()));
        RecordColumns.addContent(params, record.content());
        RecordColumns.addJudgement(params, record.judgement());

        jdbc.update("insert into weighing_record (id, station_id, unit_id, area_id, " + RecordColumns.CONTENT_COLUMNS
                + """
                , limit_kg, limit_basis, limit_table_version, limit_rule_id, excess_kg, excess_rate, verdict,
                  overload_verdict, flags, content_sha256, chain_seq, previous_hash, record_hash, received_at,
                  registered_mass_source, registry_total_mass_kg, registry_load_kg, registry_imported_from,
                  registry_imported_at)
                values (:id, :stationId, :unitId, :areaId,
                """ + RecordColumns.CONTENT_PARAMS + """
                , :limitKg, :limitBasis, :limitTableVersion, :limitRuleId, :excessKg, :excessRate, :verdict,
                  :overloadVerdict, cast(:flags as varchar(32)[]), :contentSha256, :chainSeq, :previousHash,
                  :recordHash, :receivedAt, :massSource, :registryTotalMassKg, :registryLoadKg, :registryImportedFrom,
                  :registryImportedAt)
                """, params);
        jdbc.update("""
                insert into weighing_record_key (station_id, record_number, record_id, weighed_at, content_sha256)
                values (:stationId, :recordNumber, :id, :weighedAt, :contentSha256)
                """, params);
        jdbc.update("""
                update weighing_chain_head
                   set last_seq = :chainSeq, last_hash = :recordHash, last_record_id = :id, updated_at = now()
                 where station_id = :stationId
                """, params);
    }

    /** Inserts the canonical JSON of a record's weight curve; its hash is already in the record's content. */
    void insertCurve(long recordId, WeightCurve curve, Instant receivedAt) {
        jdbc.update("""
                insert into weighing_record_curve (record_id, curve_json, point_count, frame_count, received_at)
                values (:recordId, :curveJson, :pointCount, :frameCount, :receivedAt)
                """, new MapSqlParameterSource("recordId", recordId)
                        .addValue("curveJson", curve.canonicalJson())
                        .addValue("pointCount", curve.points().size())
                        .addValue("frameCount", curve.frames().size())
                        .addValue("receivedAt", RecordColumns.timestamp(receivedAt)));
    }

    /** Reads the stored outcome of a record. */
    Optional<IngestionResult> findResult(RecordKey key) {
        return jdbc.query("""
                select * from weighing_record where id = :id and weighed_at = :weighedAt
                """, new MapSqlParameterSource("id", key.recordId())
                        .addValue("weighedAt", RecordColumns.timestamp(key.weighedAt())),
                WeighingRecordStore::result)
                .stream().findFirst();
    }

    private static IngestionResult result(ResultSet rs, int rowNum) throws SQLException {
        RecordJudgement judgement = RecordColumns.judgement(rs);
        return new IngestionResult(rs.getLong("id"), rs.getString("record_number"),
                RecordColumns.instant(rs, "weighed_at").atOffset(CHINA), judgement.verdict(), judgement.overload(),
                judgement.limitKg(), judgement.basis(), judgement.excessKg(), judgement.excessRate(),
                judgement.flags(), rs.getString("record_hash"),
                RecordColumns.instant(rs, "received_at").atOffset(CHINA), false);
    }
}

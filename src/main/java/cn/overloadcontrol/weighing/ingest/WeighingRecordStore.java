package cn.overloadcontrol.weighing.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import cn.overloadcontrol.common.jdbc.SqlArrays;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes records, their keys and the chain heads, and reads stored results. Records are only
 * ever inserted: the table's trigger rejects UPDATE and DELETE. A plain component rather than a
 * {@code @Repository}: {@link NamedParameterJdbcTemplate} already translates SQL exceptions, and
 * the translating proxy would only add a call layer to every statement of ingestion.
 */
@Component
class WeighingRecordStore {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static final String INSERT_RECORD = "insert into weighing_record (id, station_id, unit_id, area_id, "
            + RecordColumns.CONTENT_COLUMNS + """
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
            """;

    private static final String UPDATE_HEAD = """
            update weighing_chain_head
               set last_seq = :chainSeq, last_hash = :recordHash, last_record_id = :id, updated_at = now()
             where station_id = :stationId
            """;

    private static final String INSERT_CLAIMED = "with inserted_record as (" + INSERT_RECORD + ") " + UPDATE_HEAD;

    /**
     * Locks the chain head and, in the same statement, claims the record number with a key row
     * and a new id. The key insert waits for a transaction that inserted the same number and
     * then finds its committed key. A plain read in this statement would miss that key, because
     * the statement's snapshot is older than the lock it waited for.
     */
    private static final String LOCK_AND_CLAIM = """
            with head as (
                select last_seq, last_hash from weighing_chain_head where station_id = :stationId for update
            ),
            claimed as (
                insert into weighing_record_key (station_id, record_number, record_id, weighed_at, content_sha256)
                select :stationId, :recordNumber, nextval('weighing_record_id_seq'), cast(:weighedAt as timestamptz),
                       :contentSha256
                  from head
                on conflict (station_id, record_number) do nothing
                returning record_id
            )
            select last_seq, last_hash, (select record_id from claimed) as record_id from head
            """;

    /** The location and content hash of a stored record. */
    record RecordKey(long recordId, Instant weighedAt, String contentSha256) {
    }

    /**
     * The last link of a station's chain, and ids taken from the record sequence for the records
     * to be linked to it.
     *
     * @param ids ascending ids, at least one per record that the caller may insert
     */
    record ChainHead(long lastSeq, String lastHash, List<Long> ids) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    WeighingRecordStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Finds the keys of those record numbers that are stored, by station id and then record
     * number, in one query for all stations. The query compares both key columns with plain
     * arrays, as an index lookup of the primary key does. A join against {@code unnest} was
     * planned once as a hash join over the whole table, and PostgreSQL kept that generic plan.
     * The query can return a number of one station stored under another one of the list, so
     * the rows are filtered to the pairs asked for.
     *
     * @param recordNumbers the record numbers to look up, by station id
     */
    Map<Long, Map<String, RecordKey>> findKeys(Map<Long, ? extends Collection<String>> recordNumbers) {
        Map<Long, Map<String, RecordKey>> keys = new HashMap<>();
        Map<Long, Set<String>> wanted = new HashMap<>();
        recordNumbers.forEach((stationId, numbers) -> {
            keys.put(stationId, new HashMap<>());
            wanted.put(stationId, new HashSet<>(numbers));
        });
        List<Long> stationIds = recordNumbers.entrySet().stream().filter(entry -> !entry.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        List<String> numbers = recordNumbers.values().stream().flatMap(Collection::stream).distinct().toList();
        if (numbers.isEmpty()) {
            return keys;
        }
        jdbc.query("""
                select station_id, record_number, record_id, weighed_at, content_sha256 from weighing_record_key
                 where station_id = any(cast(:stationIds as bigint[]))
                   and record_number = any(cast(:recordNumbers as text[]))
                """, new MapSqlParameterSource("stationIds", SqlArrays.numbers(stationIds, id -> id))
                        .addValue("recordNumbers", SqlArrays.quoted(numbers, number -> number)),
                rs -> {
                    long stationId = rs.getLong("station_id");
                    String number = rs.getString("record_number");
                    if (wanted.get(stationId).contains(number)) {
                        keys.get(stationId).put(number, new RecordKey(rs.getLong("record_id"),
                                RecordColumns.instant(rs, "weighed_at"), rs.getString("content_sha256")));
                    }
                });
        return keys;
    }

    /**
     * Locks the chain heads of the stations until the transaction ends, creating those missing,
     * and takes ids from the record sequence for each station in the same statement. Every
     * insert of a station waits for its head, so the chain never forks. PostgreSQL locks
     * the rows of a SELECT ... ORDER BY ... FOR UPDATE in the sorted order, so the heads are
     * locked in ascending station id, and two transactions that lock several heads this way
     * cannot deadlock on them. Ids
     * that end up unused, because a record turns out to be stored already, are a gap in the
     * sequence and nothing else.
     *
     * @param idCounts the number of ids to take, by station id
     * @return the locked heads, by station id
     */
    Map<Long, ChainHead> lockChainHeads(Map<Long, Integer> idCounts) {
        List<Map.Entry<Long, Integer>> stations = new ArrayList<>(new TreeMap<>(idCounts).entrySet());
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("stationIds", SqlArrays.numbers(stations, Map.Entry::getKey))
                .addValue("idCounts", SqlArrays.numbers(stations, Map.Entry::getValue))
                .addValue("genesis", HashChain.GENESIS);
        Map<Long, ChainHead> heads = selectChainHeadsForUpdate(params);
        if (heads.size() < stations.size()) {
            jdbc.update("""
                    insert into weighing_chain_head (station_id, last_seq, last_hash)
                    select station_id, 0, :genesis from unnest(cast(:stationIds as bigint[])) as s(station_id)
                     order by station_id
                    on conflict (station_id) do nothing
                    """, params);
            heads = selectChainHeadsForUpdate(params);
        }
        return heads;
    }

    private Map<Long, ChainHead> selectChainHeadsForUpdate(MapSqlParameterSource params) {
        Map<Long, ChainHead> heads = new HashMap<>();
        jdbc.query("""
                select h.station_id, h.last_seq, h.last_hash,
                       array(select nextval('weighing_record_id_seq') from generate_series(1, wanted.id_count)) as ids
                  from unnest(cast(:stationIds as bigint[]), cast(:idCounts as int[])) as wanted(station_id, id_count)
                  join weighing_chain_head h on h.station_id = wanted.station_id
                 order by h.station_id
                   for update of h
                """, params, rs -> {
                    heads.put(rs.getLong("station_id"), new ChainHead(rs.getLong("last_seq"),
                            rs.getString("last_hash"), ascending((Long[]) rs.getArray("ids").getArray())));
                });
        return heads;
    }

    /**
     * Claims record numbers for new records: inserts their key rows with the given ids in one
     * statement, skipping numbers that are stored already. The caller holds the stations' chain
     * head locks, which every key insert takes first, so no other transaction can claim the
     * same number meanwhile. The primary key decides, whatever plan the statement gets.
     *
     * @return the claimed record numbers, by station id
     */
    Map<Long, Set<String>> claimKeys(List<KeyClaim> claims) {
        Map<Long, Set<String>> claimed = new HashMap<>();
        jdbc.query("""
                insert into weighing_record_key (station_id, record_number, record_id, weighed_at, content_sha256)
                select * from unnest(cast(:stationIds as bigint[]), cast(:recordNumbers as text[]),
                                     cast(:recordIds as bigint[]), cast(:weighedAts as timestamptz[]),
                                     cast(:contentSha256s as text[]))
                on conflict (station_id, record_number) do nothing
                returning station_id, record_number
                """, new MapSqlParameterSource("stationIds", SqlArrays.numbers(claims, KeyClaim::stationId))
                        .addValue("recordNumbers", SqlArrays.quoted(claims, KeyClaim::recordNumber))
                        .addValue("recordIds", SqlArrays.numbers(claims, KeyClaim::recordId))
                        .addValue("weighedAts", SqlArrays.quoted(claims, KeyClaim::weighedAt))
                        .addValue("contentSha256s", SqlArrays.quoted(claims, KeyClaim::contentSha256)),
                rs -> {
                    claimed.computeIfAbsent(rs.getLong("station_id"), id -> new HashSet<>())
                            .add(rs.getString("record_number"));
                });
        return claimed;
    }

    /** A record number to claim for a new record with this id. */
    record KeyClaim(long stationId, String recordNumber, long recordId, Instant weighedAt, String contentSha256) {
    }

    /**
     * Locks the station's chain head until the transaction ends, creating it for the first
     * record, and claims the record number for a new record: its key row is inserted with an id
     * from the record sequence, in the same statement. Together with {@link #insertClaimed} this
     * stores a single record in two statements.
     *
     * @return the chain head with the new record's id, or empty when the number is already stored
     */
    Optional<ChainHead> lockChainHeadAndClaim(long stationId, String recordNumber, Instant weighedAt,
            String contentSha256) {
        MapSqlParameterSource params = new MapSqlParameterSource("stationId", stationId)
                .addValue("recordNumber", recordNumber)
                .addValue("weighedAt", RecordColumns.timestamp(weighedAt))
                .addValue("contentSha256", contentSha256)
                .addValue("genesis", HashChain.GENESIS);
        List<Claim> claim = claim(params);
        if (claim.isEmpty()) {
            jdbc.update("""
                    insert into weighing_chain_head (station_id, last_seq, last_hash)
                    values (:stationId, 0, :genesis) on conflict (station_id) do nothing
                    """, params);
            claim = claim(params);
        }
        Claim claimed = claim.get(0);
        return claimed.recordId() == null ? Optional.empty()
                : Optional.of(new ChainHead(claimed.lastSeq(), claimed.lastHash(), List.of(claimed.recordId())));
    }

    private record Claim(long lastSeq, String lastHash, Long recordId) {
    }

    private List<Claim> claim(MapSqlParameterSource params) {
        return jdbc.query(LOCK_AND_CLAIM, params, (rs, rowNum) -> new Claim(rs.getLong("last_seq"),
                rs.getString("last_hash"), rs.getObject("record_id", Long.class)));
    }

    private static List<Long> ascending(Long[] ids) {
        return Arrays.stream(ids).sorted().toList();
    }

    /**
     * Inserts records whose keys are claimed and moves each station's chain head to its last
     * record. The records of each station must continue its chain in this order. When every
     * station has one record, as in a group of single records, one JDBC batch of a statement
     * that does both is enough. More records of a station take a batch of inserts and a batch
     * of head updates.
     */
    void insertClaimed(List<NewRecord> records) {
        MapSqlParameterSource[] params = records.stream().map(WeighingRecordStore::params)
                .toArray(MapSqlParameterSource[]::new);
        Map<Long, MapSqlParameterSource> lastOfStation = new LinkedHashMap<>();
        for (int i = 0; i < records.size(); i++) {
            lastOfStation.put(records.get(i).station().stationId(), params[i]);
        }
        if (lastOfStation.size() == params.length) {
            jdbc.batchUpdate(INSERT_CLAIMED, params);
            return;
        }
        jdbc.batchUpdate(INSERT_RECORD, params);
        jdbc.batchUpdate(UPDATE_HEAD, lastOfStation.values().toArray(MapSqlParameterSource[]::new));
    }

    /**
     * Inserts the canonical JSON of the weight curves of stored records, by record id, in one
     * JDBC batch. Each curve's hash is already in its record's content.
     */
    void insertCurves(Map<Long, WeightCurve> curves, Instant receivedAt) {
        MapSqlParameterSource[] params = curves.entrySet().stream()
                .map(entry -> new MapSqlParameterSource("recordId", entry.getKey())
                        .addValue("curveJson", entry.getValue().canonicalJson())
                        .addValue("pointCount", entry.getValue().points().size())
                        .addValue("frameCount", entry.getValue().frames().size())
                        .addValue("receivedAt", RecordColumns.timestamp(receivedAt)))
                .toArray(MapSqlParameterSource[]::new);
        jdbc.batchUpdate("""
                insert into weighing_record_curve (record_id, curve_json, point_count, frame_count, received_at)
                values (:recordId, :curveJson, :pointCount, :frameCount, :receivedAt)
                """, params);
    }

    private static MapSqlParameterSource params(NewRecord record) {
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
        return params;
    }

    /**
     * Reads the stored outcomes of records in one query, by record id. The time range of the
     * keys lets PostgreSQL skip the monthly partitions that cannot hold them.
     */
    Map<Long, IngestionResult> findResults(Collection<RecordKey> keys) {
        Map<Long, IngestionResult> results = new HashMap<>();
        if (keys.isEmpty()) {
            return results;
        }
        Instant first = keys.stream().map(RecordKey::weighedAt).min(Instant::compareTo).orElseThrow();
        Instant last = keys.stream().map(RecordKey::weighedAt).max(Instant::compareTo).orElseThrow();
        jdbc.query("""
                select * from weighing_record
                 where id in (:ids) and weighed_at >= :first and weighed_at <= :last
                """, new MapSqlParameterSource("ids", keys.stream().map(RecordKey::recordId).toList())
                        .addValue("first", RecordColumns.timestamp(first))
                        .addValue("last", RecordColumns.timestamp(last)),
                rs -> {
                    IngestionResult result = result(rs, 0);
                    results.put(result.id(), result);
                });
        return results;
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

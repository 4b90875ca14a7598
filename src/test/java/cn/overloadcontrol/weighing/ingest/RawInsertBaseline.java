package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The floor the batch API is compared with: the same records inserted into
 * {@code weighing_record} with plain JDBC batches of the same size, one transaction per batch.
 * It reads the stored content and judgement of records the API stored before the clock starts.
 * The timed part takes ids from the sequence, computes each record's chain hash as ingestion
 * does, and inserts every column. It leaves out what ingestion adds around the insert: HTTP,
 * signature and nonce, JSON parsing, validation, the limit judgement, the idempotency key row,
 * the chain head row, review queue items and reading the result back.
 */
final class RawInsertBaseline {

    /** A stored record's columns that the baseline inserts again under another station. */
    record Row(long unitId, long areaId, RecordContent content, String contentSha256, RecordJudgement judgement) {
    }

    /** One client thread: the station its rows are chained under and the rows in batches. */
    record Sender(long stationId, List<List<Row>> batches) {
    }

    private static final String INSERT = "insert into weighing_record (id, station_id, unit_id, area_id, "
            + RecordColumns.CONTENT_COLUMNS + """
            , limit_kg, limit_basis, limit_table_version, limit_rule_id, excess_kg, excess_rate, verdict,
              overload_verdict, flags, content_sha256, chain_seq, previous_hash, record_hash, received_at)
            values (:id, :stationId, :unitId, :areaId,
            """ + RecordColumns.CONTENT_PARAMS + """
            , :limitKg, :limitBasis, :limitTableVersion, :limitRuleId, :excessKg, :excessRate, :verdict,
              :overloadVerdict, cast(:flags as varchar(32)[]), :contentSha256, :chainSeq, :previousHash,
              :recordHash, :receivedAt)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    RawInsertBaseline(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Reads the rows the API stored for these stations under record numbers with this prefix, oldest first. */
    List<Row> storedRows(List<Long> stationIds, String recordNumberPrefix) {
        return jdbc.query("select * from weighing_record where station_id in (:stationIds)"
                + " and record_number like :prefix order by id",
                new MapSqlParameterSource("stationIds", stationIds).addValue("prefix", recordNumberPrefix + "%"),
                (rs, rowNum) -> new Row(rs.getLong("unit_id"), rs.getLong("area_id"), RecordColumns.content(rs),
                        rs.getString("content_sha256"), RecordColumns.judgement(rs)));
    }

    /**
     * Inserts every sender's batches, the senders in parallel.
     *
     * @return the durations of the batches and the wall time
     */
    SignedApiLoad.Outcome run(List<Sender> senders) throws Exception {
        int batchCount = senders.stream().mapToInt(sender -> sender.batches().size()).sum();
        Latencies latencies = new Latencies(batchCount);
        ExecutorService threads = Executors.newFixedThreadPool(senders.size());
        List<Future<Long>> running = new ArrayList<>();

        long started = System.nanoTime();
        for (Sender sender : senders) {
            running.add(threads.submit(() -> insertAll(sender, latencies)));
        }
        long inserted = 0;
        for (Future<Long> thread : running) {
            inserted += thread.get();
        }
        long elapsed = System.nanoTime() - started;
        threads.shutdown();
        return new SignedApiLoad.Outcome(elapsed, latencies, inserted, java.util.Map.of());
    }

    private long insertAll(Sender sender, Latencies latencies) {
        long inserted = 0;
        long chainSeq = 0;
        String previousHash = HashChain.GENESIS;
        for (List<Row> batch : sender.batches()) {
            long sent = System.nanoTime();
            long firstSeq = chainSeq;
            String firstHash = previousHash;
            previousHash = transactions.execute(status -> insertBatch(sender.stationId(), batch, firstSeq, firstHash));
            chainSeq += batch.size();
            latencies.add(System.nanoTime() - sent);
            inserted += batch.size();
        }
        return inserted;
    }

    /** Inserts one batch and returns the hash of its last record. */
    private String insertBatch(long stationId, List<Row> batch, long lastSeq, String lastHash) {
        List<Long> ids = jdbc.getJdbcOperations().queryForList(
                "select nextval('weighing_record_id_seq') from generate_series(1, ?)", Long.class, batch.size());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        MapSqlParameterSource[] params = new MapSqlParameterSource[batch.size()];
        String previousHash = lastHash;
        for (int i = 0; i < batch.size(); i++) {
            Row row = batch.get(i);
            long id = ids.get(i);
            long chainSeq = lastSeq + i + 1;
            String recordHash = HashChain.hash(previousHash, new HashChain.Link(id, stationId, chainSeq,
                    row.content().recordNumber(), row.content().weighedAt(), row.contentSha256(), row.judgement(),
                    now));
            params[i] = new MapSqlParameterSource()
                    .addValue("id", id)
                    .addValue("stationId", stationId)
                    .addValue("unitId", row.unitId())
                    .addValue("areaId", row.areaId())
                    .addValue("contentSha256", row.contentSha256())
                    .addValue("chainSeq", chainSeq)
                    .addValue("previousHash", previousHash)
                    .addValue("recordHash", recordHash)
                    .addValue("receivedAt", RecordColumns.timestamp(now));
            RecordColumns.addContent(params[i], row.content());
            RecordColumns.addJudgement(params[i], row.judgement());
            previousHash = recordHash;
        }
        jdbc.batchUpdate(INSERT, params);
        return previousHash;
    }
}

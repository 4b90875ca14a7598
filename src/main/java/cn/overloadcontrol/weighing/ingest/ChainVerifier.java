package cn.overloadcontrol.weighing.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks a station's records in chain order and recomputes every hash from the stored columns,
 * reporting the first deleted or changed record, then walks the station's revisions (corrections)
 * the same way.
 */
@Service
public class ChainVerifier {

    private static final Logger log = LoggerFactory.getLogger(ChainVerifier.class);

    /** Rows fetched per round trip; PostgreSQL streams with a cursor only inside a transaction. */
    private static final int FETCH_SIZE = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactionManager) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(streaming);
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    public ChainCheckReport check(long stationId) {
        MapSqlParameterSource params = new MapSqlParameterSource("stationId", stationId);
        Walk walk = new Walk(stationId);
        ChainCheckReport report = readOnly.execute(status -> {
            // Read the head first and walk only up to it, so records stored meanwhile are left out.
            long headSeq = lastSeqOfHead(params);
            params.addValue("headSeq", headSeq);
            jdbc.query("""
                    select r.*, c.curve_json from weighing_record r
                      left join weighing_record_curve c on c.record_id = r.id
                     where r.station_id = :stationId and r.chain_seq <= :headSeq
                     order by r.chain_seq
                    """, params, walk::visit);
            long revisionHeadSeq = lastSeqOfRevisionHead(params);
            params.addValue("revisionHeadSeq", revisionHeadSeq);
            RevisionWalk revisions = new RevisionWalk();
            jdbc.query(RevisionWalk.QUERY, params, revisions::visit);
            return walk.finish(headSeq, revisions, revisionHeadSeq);
        });
        if (!report.intact()) {
            log.warn("Hash chain of station {} is broken: {}", stationId, report.firstBreak());
        }
        return report;
    }

    private long lastSeqOfHead(MapSqlParameterSource params) {
        return jdbc.query("select last_seq from weighing_chain_head where station_id = :stationId", params,
                (rs, rowNum) -> rs.getLong(1)).stream().findFirst().orElse(0L);
    }

    private long lastSeqOfRevisionHead(MapSqlParameterSource params) {
        return jdbc.query("select last_seq from weighing_revision_head where station_id = :stationId", params,
                (rs, rowNum) -> rs.getLong(1)).stream().findFirst().orElse(0L);
    }

    /** The state of one walk: the link expected next and the first break seen. */
    private static final class Walk {

        private final long stationId;
        private long count;
        private long expectedSeq = 1;
        private String expectedPrevious = HashChain.GENESIS;
        private ChainCheckReport.ChainBreak firstBreak;

        Walk(long stationId) {
            this.stationId = stationId;
        }

        void visit(ResultSet rs) throws SQLException {
            count++;
            if (firstBreak != null) {
                return;
            }
            long id = rs.getLong("id");
            long seq = rs.getLong("chain_seq");
            String recordNumber = rs.getString("record_number");
            RecordContent content = RecordColumns.content(rs);
            String contentSha256 = content.sha256();
            String storedPrevious = rs.getString("previous_hash");

            if (seq != expectedSeq || !storedPrevious.equals(expectedPrevious)) {
                fail(ChainCheckReport.Kind.RECORD_MISSING, id, seq, recordNumber);
            } else if (!contentSha256.equals(rs.getString("content_sha256"))) {
                fail(ChainCheckReport.Kind.CONTENT_CHANGED, id, seq, recordNumber);
            } else if (!curveMatches(content.weightCurveSha256(), rs.getString("curve_json"))) {
                fail(ChainCheckReport.Kind.CURVE_CHANGED, id, seq, recordNumber);
            } else {
                HashChain.Link link = new HashChain.Link(id, rs.getLong("station_id"), seq, recordNumber,
                        RecordColumns.instant(rs, "weighed_at"), contentSha256, RecordColumns.judgement(rs),
                        RecordColumns.instant(rs, "received_at"));
                String recordHash = rs.getString("record_hash");
                if (!HashChain.hash(storedPrevious, link).equals(recordHash)) {
                    fail(ChainCheckReport.Kind.HASH_MISMATCH, id, seq, recordNumber);
                }
                expectedPrevious = recordHash;
                expectedSeq = seq + 1;
            }
        }

        /** The stored curve must hash to the content's curve hash, and exist exactly when that hash does. */
        private static boolean curveMatches(String curveSha256, String curveJson) {
            if (curveSha256 == null || curveJson == null) {
                return curveSha256 == null && curveJson == null;
            }
            return CanonicalJson.sha256Hex(curveJson).equals(curveSha256);
        }

        /** Returns the report: the first break of the records, else the first of the revisions. */
        ChainCheckReport finish(long headSeq, RevisionWalk revisions, long revisionHeadSeq) {
            if (firstBreak == null && headSeq >= expectedSeq) {
                firstBreak = new ChainCheckReport.ChainBreak(ChainCheckReport.Kind.TAIL_MISSING, null, expectedSeq,
                        null);
            }
            ChainCheckReport.ChainBreak revisionBreak = revisions.finish(revisionHeadSeq);
            return new ChainCheckReport(stationId, count, revisions.count(),
                    firstBreak != null ? firstBreak : revisionBreak);
        }

        private void fail(ChainCheckReport.Kind kind, long id, long seq, String recordNumber) {
            firstBreak = new ChainCheckReport.ChainBreak(kind, id, seq, recordNumber);
        }
    }
}

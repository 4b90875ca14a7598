package cn.overloadcontrol.weighing.ingest;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One walk over a station's revisions in chain order, recomputing each revision's content hash
 * from the stored record and its own hash from the columns. Keeps the first break seen.
 */
final class RevisionWalk {

    /** Revisions of a station up to its head, with their records' columns. */
    static final String QUERY = "select " + RevisionColumns.SELECT_WITH_LATEST
            + " from weighing_record_revision v join weighing_record r on r.id = v.record_id"
            + " where v.station_id = :stationId and v.chain_seq <= :revisionHeadSeq order by v.chain_seq";

    private long count;
    private long expectedSeq = 1;
    private String expectedPrevious = HashChain.GENESIS;
    private ChainCheckReport.ChainBreak firstBreak;

    void visit(ResultSet rs) throws SQLException {
        count++;
        if (firstBreak != null) {
            return;
        }
        StoredRevision revision = RevisionColumns.revision(rs, RevisionColumns.PREFIX);
        String recordNumber = rs.getString("record_number");
        String correctedSha256 = revision.fields().applyTo(RecordColumns.content(rs)).sha256();

        if (revision.chainSeq() != expectedSeq || !revision.previousHash().equals(expectedPrevious)) {
            fail(ChainCheckReport.Kind.REVISION_MISSING, revision, recordNumber);
        } else if (!correctedSha256.equals(revision.contentSha256())
                || !rs.getString("record_hash").equals(revision.recordHash())) {
            fail(ChainCheckReport.Kind.REVISION_CHANGED, revision, recordNumber);
        } else {
            if (!RevisionChain.hash(revision.previousHash(), revision.link()).equals(revision.revisionHash())) {
                fail(ChainCheckReport.Kind.REVISION_HASH_MISMATCH, revision, recordNumber);
            }
            expectedPrevious = revision.revisionHash();
            expectedSeq = revision.chainSeq() + 1;
        }
    }

    long count() {
        return count;
    }

    /** Returns the first break, including revisions missing after the last one read. */
    ChainCheckReport.ChainBreak finish(long headSeq) {
        if (firstBreak == null && headSeq >= expectedSeq) {
            firstBreak = new ChainCheckReport.ChainBreak(ChainCheckReport.Kind.REVISION_TAIL_MISSING, null,
                    expectedSeq, null);
        }
        return firstBreak;
    }

    private void fail(ChainCheckReport.Kind kind, StoredRevision revision, String recordNumber) {
        firstBreak = new ChainCheckReport.ChainBreak(kind, revision.recordId(), revision.chainSeq(), recordNumber);
    }
}

package cn.overloadcontrol.weighing.ingest;

/**
 * The result of walking one station's hash chains: its records and its revisions (corrections).
 *
 * @param recordsChecked record rows read
 * @param revisionsChecked revision rows read
 * @param firstBreak the first problem found, records first, or {@code null} when both chains are intact
 */
public record ChainCheckReport(long stationId, long recordsChecked, long revisionsChecked, ChainBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    /**
     * The first break in a chain.
     *
     * @param recordId the first record that fails a check, or whose revision fails it; {@code null}
     *        when links after the last stored one are missing
     * @param chainSeq the position of that record or revision in its chain, or the first missing position
     */
    public record ChainBreak(Kind kind, Long recordId, long chainSeq, String recordNumber) {

        /** Returns whether the break is in the chain of revisions rather than of records. */
        public boolean inRevisions() {
            return kind.name().startsWith("REVISION_");
        }
    }

    public enum Kind {
        /** A stored field differs from the content the record's hash was computed over. */
        CONTENT_CHANGED,
        /** The stored weight curve differs from the curve hash in the record's content, or was deleted. */
        CURVE_CHANGED,
        /** The judgement or the stored hash itself was changed. */
        HASH_MISMATCH,
        /** The record does not link to the one before it, or positions are missing: a record was deleted. */
        RECORD_MISSING,
        /** The chain ends before the station's last recorded link: its newest records were deleted. */
        TAIL_MISSING,
        /** A revision's corrected values, or the record hash it names, differ from what its hash covers. */
        REVISION_CHANGED,
        /** A revision's who, when, why, judgement or stored hash was changed. */
        REVISION_HASH_MISMATCH,
        /** A revision does not link to the one before it, or positions are missing: a revision was deleted. */
        REVISION_MISSING,
        /** The chain of revisions ends before the station's last recorded link: its newest revisions were deleted. */
        REVISION_TAIL_MISSING
    }
}

package cn.overloadcontrol.weighing.ingest;

/**
 * The result of walking one station's hash chain.
 *
 * @param recordsChecked rows read
 * @param firstBreak the first problem found, or {@code null} when the chain is intact
 */
public record ChainCheckReport(long stationId, long recordsChecked, ChainBreak firstBreak) {

    public boolean intact() {
        return firstBreak == null;
    }

    /**
     * The first break in the chain.
     *
     * @param recordId the first record that fails a check, or {@code null} when records after the
     *        last stored one are missing
     * @param chainSeq that record's position in the chain, or the first missing position
     */
    public record ChainBreak(Kind kind, Long recordId, long chainSeq, String recordNumber) {
    }

    public enum Kind {
        /** A stored field differs from the content the record's hash was computed over. */
        CONTENT_CHANGED,
        /** The judgement or the stored hash itself was changed. */
        HASH_MISMATCH,
        /** The record does not link to the one before it, or positions are missing: a record was deleted. */
        RECORD_MISSING,
        /** The chain ends before the station's last recorded link: its newest records were deleted. */
        TAIL_MISSING
    }
}

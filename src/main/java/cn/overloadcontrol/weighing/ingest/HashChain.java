package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain of a station's records: each record's hash is the SHA-256 (hex) of the
 * previous record's hash, a line feed, and the canonical JSON of the record's identity, content
 * hash and judgement. Changing any stored field or removing a record breaks every later link.
 */
final class HashChain {

    /** The previous hash of a station's first record. */
    static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** One link's input, everything but the previous hash. */
    record Link(long recordId, long stationId, long chainSeq, String recordNumber, Instant weighedAt,
            String contentSha256, RecordJudgement judgement, Instant receivedAt) {

        Map<String, Object> canonicalFields() {
            Map<String, Object> fields = new TreeMap<>();
            fields.put("recordId", recordId);
            fields.put("stationId", stationId);
            fields.put("chainSeq", chainSeq);
            fields.put("recordNumber", recordNumber);
            fields.put("weighedAt", weighedAt.toString());
            fields.put("contentSha256", contentSha256);
            fields.put("judgement", judgement.canonicalFields());
            fields.put("receivedAt", receivedAt.toString());
            return fields;
        }
    }

    static String hash(String previousHash, Link link) {
        return CanonicalJson.sha256Hex(previousHash + "\n" + CanonicalJson.write(link.canonicalFields()));
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The hash chain of a station's revisions, built like {@link HashChain}: each revision's hash is
 * the SHA-256 (hex) of the previous revision's hash, a line feed, and the canonical JSON of the
 * revision. The revision covers the record's hash, the hash of the corrected content, who
 * corrected it, when and why, and the recomputed judgement, so editing any of them or deleting a
 * revision breaks the chain.
 */
final class RevisionChain {

    private RevisionChain() {
    }

    /** One link's input, everything but the previous hash. */
    record Link(long recordId, long stationId, int revisionNo, long chainSeq, String recordHash,
            String contentSha256, List<String> changedFields, String reason, String correctedBy,
            Instant correctedAt, RecordJudgement judgement) {

        Map<String, Object> canonicalFields() {
            Map<String, Object> fields = new TreeMap<>();
            fields.put("recordId", recordId);
            fields.put("stationId", stationId);
            fields.put("revisionNo", revisionNo);
            fields.put("chainSeq", chainSeq);
            fields.put("recordHash", recordHash);
            fields.put("contentSha256", contentSha256);
            fields.put("changedFields", changedFields);
            fields.put("reason", reason);
            fields.put("correctedBy", correctedBy);
            fields.put("correctedAt", correctedAt.toString());
            fields.put("judgement", judgement.canonicalFields());
            return fields;
        }
    }

    static String hash(String previousHash, Link link) {
        return CanonicalJson.sha256Hex(previousHash + "\n" + CanonicalJson.write(link.canonicalFields()));
    }
}

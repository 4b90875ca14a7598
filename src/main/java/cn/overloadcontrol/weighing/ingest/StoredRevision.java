package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.List;

import cn.overloadcontrol.weighing.RegisteredMasses;

/**
 * One row of {@code weighing_record_revision}: a correction of a record.
 *
 * @param fields the effective values of the correctable fields after this revision
 * @param changedFields names of the fields this revision changed, as in {@link CorrectableFields#values()}
 * @param massSource where the masses that judged the corrected record came from, or {@code null}
 * @param registryMasses the registry's masses when {@code massSource} is REGISTRY, else {@code null}
 */
record StoredRevision(
        long id,
        long recordId,
        long stationId,
        int revisionNo,
        long chainSeq,
        CorrectableFields fields,
        List<String> changedFields,
        String reason,
        String correctedBy,
        Instant correctedAt,
        RecordJudgement judgement,
        RegisteredMasses.Source massSource,
        RegisteredMasses registryMasses,
        String contentSha256,
        String recordHash,
        String previousHash,
        String revisionHash) {

    StoredRevision {
        changedFields = List.copyOf(changedFields);
    }

    StoredRevision withRevisionHash(String hash) {
        return new StoredRevision(id, recordId, stationId, revisionNo, chainSeq, fields, changedFields, reason,
                correctedBy, correctedAt, judgement, massSource, registryMasses, contentSha256, recordHash,
                previousHash, hash);
    }

    /** The input of this revision's link in the station's chain of revisions. */
    RevisionChain.Link link() {
        return new RevisionChain.Link(recordId, stationId, revisionNo, chainSeq, recordHash, contentSha256,
                changedFields, reason, correctedBy, correctedAt, judgement);
    }
}

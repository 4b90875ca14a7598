package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;

import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.weighing.RegisteredMasses;

/**
 * Everything that one new row of {@code weighing_record} stores.
 *
 * @param massSource where the judged registered masses came from, {@code null} when there were none
 * @param registryMasses the registry's masses when {@code massSource} is REGISTRY, else {@code null}
 */
record NewRecord(
        long id,
        StationProfile station,
        RecordContent content,
        String contentSha256,
        RecordJudgement judgement,
        RegisteredMasses.Source massSource,
        RegisteredMasses registryMasses,
        long chainSeq,
        String previousHash,
        String recordHash,
        Instant receivedAt) {
}

package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.ZoneOffset;

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

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    /**
     * Returns the result that reading this row back would give. The row stores these values
     * unchanged: the times are whole milliseconds, the excess rate has two decimals as its
     * column, and the flags are read back sorted.
     */
    IngestionResult result() {
        return new IngestionResult(id, content.recordNumber(), content.weighedAt().atOffset(CHINA),
                judgement.verdict(), judgement.overload(), judgement.limitKg(), judgement.basis(),
                judgement.excessKg(), judgement.excessRate(), judgement.flags().stream().sorted().toList(),
                recordHash, receivedAt.atOffset(CHINA), false);
    }
}

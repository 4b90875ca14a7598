package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;

import cn.overloadcontrol.station.StationProfile;

/** Everything that one new row of {@code weighing_record} stores. */
record NewRecord(
        long id,
        StationProfile station,
        RecordContent content,
        String contentSha256,
        RecordJudgement judgement,
        long chainSeq,
        String previousHash,
        String recordHash,
        Instant receivedAt) {
}

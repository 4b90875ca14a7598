package cn.overloadcontrol.weighing.ingest;

import java.util.function.LongConsumer;

import cn.overloadcontrol.weighing.RegisteredMasses;

/**
 * A valid and judged record of a batch, waiting to be stored.
 *
 * @param index the record's position in the batch, from 0
 * @param curve the weight curve and raw frames sent with the record, or {@code null}
 * @param onStored what to run with the new record id in the storing transaction
 */
record PendingRecord(int index, RecordContent content, WeightCurve curve, String contentSha256,
        RecordJudgement judgement,
        RegisteredMasses.Source massSource, RegisteredMasses registryMasses, LongConsumer onStored) {
}

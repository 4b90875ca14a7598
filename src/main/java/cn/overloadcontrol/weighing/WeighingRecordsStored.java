package cn.overloadcontrol.weighing;

import java.util.List;

/**
 * Published synchronously inside the transaction that stores new weighing records, once per
 * transaction. So a listener's writes (such as upload tasks) commit or roll back together with
 * the records, and one statement can cover all of them. A resend of a stored record adds
 * nothing to it, and a transaction that stores no new record publishes nothing.
 *
 * @param records the new records, in the order they were chained
 */
public record WeighingRecordsStored(List<WeighingRecordStored> records) {

    public WeighingRecordsStored {
        records = List.copyOf(records);
    }
}

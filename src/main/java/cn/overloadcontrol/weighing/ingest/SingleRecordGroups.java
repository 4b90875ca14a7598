package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.concurrent.GroupCommit;
import cn.overloadcontrol.station.StationProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the single records that concurrent requests submit in shared transactions. Every
 * weigh station sends one record at a time, so under load many stations wait at once, and
 * storing their records together costs one lock statement, one insert batch and one commit for
 * the group instead of one of each per record. Each request still gets its answer only after
 * its record is committed. A group that fails is stored again one record per transaction, so
 * a bad record fails only its own request.
 */
@Component
class SingleRecordGroups implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SingleRecordGroups.class);

    /** The maximum number of records in one transaction; a group waits for no more than arrived. */
    static final int MAX_GROUP_SIZE = 64;

    /** A record waiting for its group, with its station. */
    record Submitted(StationProfile station, PendingRecord record) {
    }

    private final RecordBatchWriter writer;
    private final TransactionTemplate transactions;
    private final GroupCommit<Submitted, IngestionOutcome> groups;

    SingleRecordGroups(RecordBatchWriter writer, PlatformTransactionManager transactionManager) {
        this.writer = writer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.groups = new GroupCommit<>("single-record-groups", MAX_GROUP_SIZE, this::storeGroup);
    }

    /** Stores one record in the next group and returns its outcome once the group is committed. */
    IngestionOutcome store(StationProfile station, PendingRecord record) {
        return groups.submit(new Submitted(station, record));
    }

    /** Returns the number of records that wait for a group to take them. */
    int waiting() {
        return groups.waiting();
    }

    private void storeGroup(List<GroupCommit.Pending<Submitted, IngestionOutcome>> group) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // The position in the group replaces each record's index, which is 0 in every request.
        Map<Long, StationProfile> stations = new LinkedHashMap<>();
        Map<Long, List<PendingRecord>> records = new LinkedHashMap<>();
        for (int position = 0; position < group.size(); position++) {
            Submitted submitted = group.get(position).item();
            long stationId = submitted.station().stationId();
            stations.putIfAbsent(stationId, submitted.station());
            records.computeIfAbsent(stationId, id -> new ArrayList<>()).add(submitted.record().at(position));
        }
        List<RecordBatchWriter.StationRecords> byStation = new ArrayList<>();
        stations.forEach((stationId, station) -> byStation.add(
                new RecordBatchWriter.StationRecords(station, records.get(stationId))));

        Map<Integer, IngestionOutcome> outcomes;
        try {
            outcomes = transactions.execute(status -> writer.storeAll(byStation, now));
        } catch (RuntimeException e) {
            if (group.size() == 1) {
                group.get(0).fail(e);
                return;
            }
            log.warn("Storing a group of {} single records of {} stations failed, storing them one by one: {}",
                    group.size(), stations.size(), e.toString());
            storeOneByOne(group, now);
            return;
        }
        for (int position = 0; position < group.size(); position++) {
            group.get(position).complete(outcomes.get(position));
        }
    }

    private void storeOneByOne(List<GroupCommit.Pending<Submitted, IngestionOutcome>> group, Instant now) {
        for (GroupCommit.Pending<Submitted, IngestionOutcome> pending : group) {
            Submitted submitted = pending.item();
            try {
                Map<Integer, IngestionOutcome> outcome = transactions.execute(status -> writer.store(
                        submitted.station(), List.of(submitted.record()), now));
                pending.complete(outcome.get(submitted.record().index()));
            } catch (RuntimeException e) {
                pending.fail(e);
            }
        }
    }

    @Override
    public void destroy() {
        groups.close();
    }
}

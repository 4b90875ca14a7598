package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.common.concurrent.GroupCommit;
import cn.overloadcontrol.common.jdbc.DatabaseFailures;
import cn.overloadcontrol.station.StationProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the single records that concurrent requests submit in shared transactions. Every
 * weigh station sends one record at a time, so under load many stations wait at once. Storing
 * their records together costs one lock statement, one insert batch and one commit for the
 * group instead of one of each per record. The records are judged in the group too, so the
 * registry lookup is one query for the group. Each request still gets its answer only after
 * its record is committed. A group that fails is judged and stored again one record per
 * transaction, so a bad record fails only its own request.
 */
@Component
class SingleRecordGroups implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SingleRecordGroups.class);

    /** The maximum number of records in one transaction; a group waits for no more than arrived. */
    static final int MAX_GROUP_SIZE = 64;

    private final RecordJudging judging;
    private final RecordBatchWriter writer;
    private final TransactionTemplate transactions;
    private final GroupCommit<RecordJudging.ParsedRecord, IngestionOutcome> groups;

    SingleRecordGroups(RecordJudging judging, RecordBatchWriter writer, PlatformTransactionManager transactionManager) {
        this.judging = judging;
        this.writer = writer;
        this.transactions = new TransactionTemplate(transactionManager);
        this.groups = new GroupCommit<>("single-record-groups", MAX_GROUP_SIZE, this::storeGroup);
    }

    /** Judges and stores one record in the next group and returns its outcome once the group is committed. */
    IngestionOutcome store(RecordJudging.ParsedRecord record) {
        return groups.submit(record);
    }

    /** Returns the number of records that wait for a group to take them. */
    int waiting() {
        return groups.waiting();
    }

    private void storeGroup(List<GroupCommit.Pending<RecordJudging.ParsedRecord, IngestionOutcome>> group) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Map<Integer, IngestionOutcome> outcomes;
        try {
            List<RecordJudging.ParsedRecord> records = positioned(group);
            outcomes = transactions.execute(status -> writer.storeAll(byStation(records,
                    judging.judgeAll(records)), now));
        } catch (RuntimeException e) {
            // NOTE: the JpaSystemException of a failed rollback, after PostgreSQL stopped under a
            // group, is not recognised as unavailable, and its cause chain is unknown. The first
            // retry below then waits for the pool's timeout before the rest fail.
            if (DatabaseFailures.isUnavailable(e)) {
                failAll(group, e);
                return;
            }
            if (group.size() == 1) {
                group.get(0).fail(e);
                return;
            }
            log.warn("Storing a group of {} single records failed, storing them one by one: {} (cause: {})",
                    group.size(), e.toString(), NestedExceptionUtils.getMostSpecificCause(e).toString());
            storeOneByOne(group, now);
            return;
        }
        for (int position = 0; position < group.size(); position++) {
            group.get(position).complete(outcomes.get(position));
        }
    }

    /** Returns the records of a group, each with its position in the group as its index. */
    private static List<RecordJudging.ParsedRecord> positioned(
            List<GroupCommit.Pending<RecordJudging.ParsedRecord, IngestionOutcome>> group) {
        List<RecordJudging.ParsedRecord> records = new ArrayList<>();
        for (int position = 0; position < group.size(); position++) {
            records.add(group.get(position).item().at(position));
        }
        return records;
    }

    /**
     * Returns the judged records by station, in the order of each station's first record.
     *
     * @param parsed the records as parsed, in the order of {@code judged}
     */
    private static List<RecordBatchWriter.StationRecords> byStation(List<RecordJudging.ParsedRecord> parsed,
            List<PendingRecord> judged) {
        Map<Long, StationProfile> stations = new LinkedHashMap<>();
        Map<Long, List<PendingRecord>> recordsOfStation = new LinkedHashMap<>();
        for (int i = 0; i < parsed.size(); i++) {
            StationProfile station = parsed.get(i).station();
            stations.putIfAbsent(station.stationId(), station);
            recordsOfStation.computeIfAbsent(station.stationId(), id -> new ArrayList<>()).add(judged.get(i));
        }
        List<RecordBatchWriter.StationRecords> byStation = new ArrayList<>();
        stations.forEach((stationId, station) -> byStation.add(
                new RecordBatchWriter.StationRecords(station, recordsOfStation.get(stationId))));
        return byStation;
    }

    private void storeOneByOne(List<GroupCommit.Pending<RecordJudging.ParsedRecord, IngestionOutcome>> group,
            Instant now) {
        for (GroupCommit.Pending<RecordJudging.ParsedRecord, IngestionOutcome> pending : group) {
            RecordJudging.ParsedRecord parsed = pending.item();
            try {
                PendingRecord record = judging.judgeAll(List.of(parsed)).get(0);
                Map<Integer, IngestionOutcome> outcome = transactions.execute(status -> writer.store(
                        parsed.station(), List.of(record), now));
                pending.complete(outcome.get(record.index()));
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    failAll(group, e);
                    return;
                }
                pending.fail(e);
            }
        }
    }

    /**
     * Fails the group's records that have no outcome yet, and the records that wait for the
     * next group, because the database is unavailable and they would fail the same way. One
     * after another, each would first wait for a connection until the pool's timeout.
     */
    private void failAll(List<GroupCommit.Pending<RecordJudging.ParsedRecord, IngestionOutcome>> group,
            RuntimeException failure) {
        group.forEach(pending -> pending.fail(failure));
        int waiting = groups.failWaiting(failure);
        log.warn("Database unavailable: failed a group of {} single records and {} waiting ones: {}", group.size(),
                waiting, failure.toString());
    }

    @Override
    public void destroy() {
        groups.close();
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.weighing.WeighingRecordStored;
import cn.overloadcontrol.weighing.WeighingRecordsStored;
import cn.overloadcontrol.weighing.review.NewReviewItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores the valid records of one batch of a station under a single lock of its chain head, in
 * the caller's transaction, with the outcomes that storing them one at a time in the same order
 * would give. A record number stored before, or earlier in the same batch, makes the record a
 * duplicate when the content is equal and a conflict otherwise.
 */
@Component
class RecordBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(RecordBatchWriter.class);

    private final WeighingRecordStore store;
    private final ViolationDetector violations;
    private final ApplicationEventPublisher events;

    RecordBatchWriter(WeighingRecordStore store, ViolationDetector violations, ApplicationEventPublisher events) {
        this.store = store;
        this.violations = violations;
        this.events = events;
    }

    /** Stores the new records and returns the outcome of every record by its index in the batch. */
    Map<Integer, IngestionOutcome> store(StationProfile station, List<PendingRecord> records, Instant now) {
        if (records.size() == 1) {
            return storeOne(station, records.get(0), now);
        }
        List<String> recordNumbers = records.stream().map(record -> record.content().recordNumber()).distinct()
                .toList();
        WeighingRecordStore.ChainHead head = store.lockChainHead(station.stationId(), recordNumbers.size());
        // Read after the lock, so that a record stored by a transaction that held it is seen.
        Map<String, WeighingRecordStore.RecordKey> keys = new HashMap<>(store.findKeys(station.stationId(),
                recordNumbers));

        List<PendingRecord> fresh = new ArrayList<>();
        Map<String, PendingRecord> firstOfNumber = new HashMap<>();
        for (PendingRecord record : records) {
            String number = record.content().recordNumber();
            if (!keys.containsKey(number) && firstOfNumber.putIfAbsent(number, record) == null) {
                fresh.add(record);
            }
        }
        List<NewRecord> chained = chain(station, fresh, head, now);
        if (!chained.isEmpty()) {
            store.insertAll(chained);
        }
        Map<Long, IngestionResult> results = afterInsert(station, fresh, chained, keys, now);
        return outcomes(station, records, firstOfNumber, keys, results);
    }

    /**
     * Stores a single record, the usual case of the single-record API, with one statement fewer
     * than a batch. The chain head lock also claims the record number, so the number is looked
     * up only when it turns out to be stored already.
     */
    private Map<Integer, IngestionOutcome> storeOne(StationProfile station, PendingRecord record, Instant now) {
        RecordContent content = record.content();
        Optional<WeighingRecordStore.ChainHead> head = store.lockChainHeadAndClaim(station.stationId(),
                content.recordNumber(), content.weighedAt(), record.contentSha256());
        Map<String, WeighingRecordStore.RecordKey> keys = new HashMap<>();
        Map<Long, IngestionResult> results = new HashMap<>();
        Map<String, PendingRecord> firstOfNumber = new HashMap<>();
        if (head.isEmpty()) {
            // Claiming waited for any transaction that held the number, so its key is committed.
            keys.putAll(store.findKeys(station.stationId(), List.of(content.recordNumber())));
        } else {
            List<NewRecord> chained = chain(station, List.of(record), head.get(), now);
            store.insertClaimed(chained.get(0));
            results = afterInsert(station, List.of(record), chained, keys, now);
            firstOfNumber.put(content.recordNumber(), record);
        }
        return outcomes(station, List.of(record), firstOfNumber, keys, results);
    }

    /**
     * Does what follows the insert of new records in their transaction: curves, the callers'
     * actions, review items and the stored event. Adds the new records' keys to {@code keys}.
     *
     * @return the results of the new records, by record id
     */
    private Map<Long, IngestionResult> afterInsert(StationProfile station, List<PendingRecord> fresh,
            List<NewRecord> chained, Map<String, WeighingRecordStore.RecordKey> keys, Instant now) {
        Map<Long, IngestionResult> results = new HashMap<>();
        if (!chained.isEmpty()) {
            storeCurves(fresh, chained, now);
        }
        List<WeighingRecordStored> storedRecords = new ArrayList<>();
        List<NewReviewItem> reviewItems = new ArrayList<>();
        for (int i = 0; i < chained.size(); i++) {
            NewRecord stored = chained.get(i);
            fresh.get(i).onStored().accept(stored.id());
            reviewItems.addAll(violations.itemsFor(stored.id(), station, stored.content(), stored.judgement()));
            storedRecords.add(new WeighingRecordStored(stored.id(), station.stationId(), station.unitId(),
                    stored.content().weighedAt()));
            log.debug("Stored record {} of station {} as {}: {}", stored.content().recordNumber(), station.code(),
                    stored.id(), stored.judgement().verdict());
            keys.put(stored.content().recordNumber(), new WeighingRecordStore.RecordKey(stored.id(),
                    stored.content().weighedAt(), stored.contentSha256()));
            results.put(stored.id(), stored.result());
        }
        violations.raiseAll(reviewItems);
        if (!storedRecords.isEmpty()) {
            // Listeners run in this transaction: upload tasks commit or roll back with the records.
            events.publishEvent(new WeighingRecordsStored(storedRecords));
        }
        return results;
    }

    private void storeCurves(List<PendingRecord> fresh, List<NewRecord> chained, Instant now) {
        Map<Long, WeightCurve> curves = new LinkedHashMap<>();
        for (int i = 0; i < chained.size(); i++) {
            if (fresh.get(i).curve() != null) {
                curves.put(chained.get(i).id(), fresh.get(i).curve());
            }
        }
        if (!curves.isEmpty()) {
            store.insertCurves(curves, now);
        }
    }

    /** Links the fresh records to the station's chain in batch order, with ascending ids. */
    private List<NewRecord> chain(StationProfile station, List<PendingRecord> fresh,
            WeighingRecordStore.ChainHead head, Instant now) {
        if (fresh.isEmpty()) {
            return List.of();
        }
        List<Long> ids = head.ids();
        List<NewRecord> chained = new ArrayList<>();
        long chainSeq = head.lastSeq();
        String previousHash = head.lastHash();
        for (int i = 0; i < fresh.size(); i++) {
            PendingRecord record = fresh.get(i);
            long id = ids.get(i);
            chainSeq++;
            HashChain.Link link = new HashChain.Link(id, station.stationId(), chainSeq,
                    record.content().recordNumber(), record.content().weighedAt(), record.contentSha256(),
                    record.judgement(), now);
            String recordHash = HashChain.hash(previousHash, link);
            chained.add(new NewRecord(id, station, record.content(), record.contentSha256(), record.judgement(),
                    record.massSource(), record.registryMasses(), chainSeq, previousHash, recordHash, now));
            previousHash = recordHash;
        }
        return chained;
    }

    /**
     * Returns the outcome of every record. Only the results of records stored before this batch
     * are read from the database, because {@code results} already contains those of the batch's new rows.
     */
    private Map<Integer, IngestionOutcome> outcomes(StationProfile station, List<PendingRecord> records,
            Map<String, PendingRecord> firstOfNumber, Map<String, WeighingRecordStore.RecordKey> keys,
            Map<Long, IngestionResult> results) {
        List<WeighingRecordStore.RecordKey> earlier = keys.values().stream()
                .filter(key -> !results.containsKey(key.recordId())).toList();
        results.putAll(store.findResults(earlier));
        Map<Integer, IngestionOutcome> outcomes = new HashMap<>();
        for (PendingRecord record : records) {
            WeighingRecordStore.RecordKey key = keys.get(record.content().recordNumber());
            IngestionOutcome outcome = firstOfNumber.get(record.content().recordNumber()) == record
                    ? IngestionOutcome.created(result(results, key))
                    : earlierOutcome(station, record.content(), record.contentSha256(), key,
                            stored -> result(results, stored));
            outcomes.put(record.index(), outcome);
        }
        return outcomes;
    }

    /**
     * Returns the outcome of a record whose number is already stored under {@code key}: a
     * duplicate with the stored result when the content is equal, else a conflict.
     */
    private static IngestionOutcome earlierOutcome(StationProfile station, RecordContent content, String contentSha256,
            WeighingRecordStore.RecordKey key, Function<WeighingRecordStore.RecordKey, IngestionResult> results) {
        if (!key.contentSha256().equals(contentSha256)) {
            log.warn("Record {} of station {} resent with different content; stored record {} kept",
                    content.recordNumber(), station.code(), key.recordId());
            return IngestionOutcome.conflict(key.recordId());
        }
        return IngestionOutcome.duplicate(results.apply(key));
    }

    private static IngestionResult result(Map<Long, IngestionResult> results, WeighingRecordStore.RecordKey key) {
        IngestionResult result = results.get(key.recordId());
        if (result == null) {
            throw new IllegalStateException("Record " + key.recordId()
                    + " has a key but no row: it was removed from weighing_record");
        }
        return result;
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Stores valid records under a lock of their stations' chain heads, in the caller's transaction,
 * with the outcomes that storing them one at a time in the same order would give. The records
 * may come from one station, as a batch does, or from several, as a group of single records
 * does. Each step is one statement for all of them. A record number stored before, or earlier
 * among the records, makes the record a duplicate when the content is equal and a conflict
 * otherwise.
 */
@Component
class RecordBatchWriter {

    private static final Logger log = LoggerFactory.getLogger(RecordBatchWriter.class);

    /** The records of one station, in the order they arrived. */
    record StationRecords(StationProfile station, List<PendingRecord> records) {
    }

    private final WeighingRecordStore store;
    private final ViolationDetector violations;
    private final ApplicationEventPublisher events;

    RecordBatchWriter(WeighingRecordStore store, ViolationDetector violations, ApplicationEventPublisher events) {
        this.store = store;
        this.violations = violations;
        this.events = events;
    }

    /** Stores the new records of a station and returns the outcome of every record by its index. */
    Map<Integer, IngestionOutcome> store(StationProfile station, List<PendingRecord> records, Instant now) {
        return storeAll(List.of(new StationRecords(station, records)), now);
    }

    /**
     * Stores the new records of several stations and returns the outcome of every record by its
     * index. The stations must be distinct and the indexes unique across all of them.
     */
    Map<Integer, IngestionOutcome> storeAll(List<StationRecords> stations, Instant now) {
        if (stations.size() == 1 && stations.get(0).records().size() == 1) {
            return storeOne(stations.get(0).station(), stations.get(0).records().get(0), now);
        }
        Map<Long, Map<String, PendingRecord>> firstOfNumber = new LinkedHashMap<>();
        Map<Long, Integer> idCounts = new HashMap<>();
        for (StationRecords station : stations) {
            Map<String, PendingRecord> first = new LinkedHashMap<>();
            station.records().forEach(record -> first.putIfAbsent(record.content().recordNumber(), record));
            if (firstOfNumber.put(station.station().stationId(), first) != null) {
                throw new IllegalArgumentException("station " + station.station().stationId() + " given twice");
            }
            idCounts.put(station.station().stationId(), first.size());
        }
        Map<Long, WeighingRecordStore.ChainHead> heads = store.lockChainHeads(idCounts);

        // Each distinct number gets its station's next id, which it keeps if it is claimed.
        List<WeighingRecordStore.KeyClaim> claims = new ArrayList<>();
        Map<Long, Map<String, Long>> idOfNumber = new HashMap<>();
        firstOfNumber.forEach((stationId, first) -> {
            Iterator<Long> ids = heads.get(stationId).ids().iterator();
            Map<String, Long> stationIds = new HashMap<>();
            for (PendingRecord record : first.values()) {
                long id = ids.next();
                stationIds.put(record.content().recordNumber(), id);
                claims.add(new WeighingRecordStore.KeyClaim(stationId, record.content().recordNumber(), id,
                        record.content().weighedAt(), record.contentSha256()));
            }
            idOfNumber.put(stationId, stationIds);
        });
        Map<Long, Set<String>> claimed = store.claimKeys(claims);

        List<PendingRecord> fresh = new ArrayList<>();
        List<NewRecord> chained = new ArrayList<>();
        Set<Integer> created = new HashSet<>();
        Map<Long, List<String>> storedBefore = new HashMap<>();
        for (StationRecords station : stations) {
            long stationId = station.station().stationId();
            Set<String> stationClaimed = claimed.getOrDefault(stationId, Set.of());
            List<PendingRecord> stationFresh = new ArrayList<>();
            List<Long> ids = new ArrayList<>();
            List<String> stationStoredBefore = new ArrayList<>();
            for (PendingRecord record : firstOfNumber.get(stationId).values()) {
                String number = record.content().recordNumber();
                if (stationClaimed.contains(number)) {
                    stationFresh.add(record);
                    ids.add(idOfNumber.get(stationId).get(number));
                    created.add(record.index());
                } else {
                    stationStoredBefore.add(number);
                }
            }
            storedBefore.put(stationId, stationStoredBefore);
            fresh.addAll(stationFresh);
            chained.addAll(chain(station.station(), stationFresh, ids, heads.get(stationId), now));
        }
        // A number that was not claimed is stored already, so its key is read.
        Map<Long, Map<String, WeighingRecordStore.RecordKey>> keys = store.findKeys(storedBefore);
        if (!chained.isEmpty()) {
            store.insertClaimed(chained);
        }
        Map<Long, IngestionResult> results = afterInsert(fresh, chained, keys, now);
        return outcomes(stations, created, keys, results);
    }

    /**
     * Stores a single record, the usual case of the single-record API under light load, with one
     * statement fewer than several records. The chain head lock also claims the record number,
     * so the number is looked up only when it turns out to be stored already.
     */
    private Map<Integer, IngestionOutcome> storeOne(StationProfile station, PendingRecord record, Instant now) {
        RecordContent content = record.content();
        Optional<WeighingRecordStore.ChainHead> head = store.lockChainHeadAndClaim(station.stationId(),
                content.recordNumber(), content.weighedAt(), record.contentSha256());
        List<StationRecords> stations = List.of(new StationRecords(station, List.of(record)));
        Map<Long, Map<String, WeighingRecordStore.RecordKey>> keys;
        Map<Long, IngestionResult> results = new HashMap<>();
        if (head.isEmpty()) {
            // Claiming waited for any transaction that held the number, so its key is committed.
            keys = store.findKeys(Map.of(station.stationId(), List.of(content.recordNumber())));
            return outcomes(stations, Set.of(), keys, results);
        }
        keys = new HashMap<>(Map.of(station.stationId(), new HashMap<>()));
        List<NewRecord> chained = chain(station, List.of(record), head.get().ids(), head.get(), now);
        store.insertClaimed(chained);
        results = afterInsert(List.of(record), chained, keys, now);
        return outcomes(stations, Set.of(record.index()), keys, results);
    }

    /**
     * Does what follows the insert of new records in their transaction: curves, the callers'
     * actions, review items and the stored event. Adds the new records' keys to {@code keys}.
     *
     * @return the results of the new records, by record id
     */
    private Map<Long, IngestionResult> afterInsert(List<PendingRecord> fresh, List<NewRecord> chained,
            Map<Long, Map<String, WeighingRecordStore.RecordKey>> keys, Instant now) {
        Map<Long, IngestionResult> results = new HashMap<>();
        if (!chained.isEmpty()) {
            storeCurves(fresh, chained, now);
        }
        List<WeighingRecordStored> storedRecords = new ArrayList<>();
        List<NewReviewItem> reviewItems = new ArrayList<>();
        for (int i = 0; i < chained.size(); i++) {
            NewRecord stored = chained.get(i);
            StationProfile station = stored.station();
            fresh.get(i).onStored().accept(stored.id());
            reviewItems.addAll(violations.itemsFor(stored.id(), station, stored.content(), stored.judgement()));
            storedRecords.add(new WeighingRecordStored(stored.id(), station.stationId(), station.unitId(),
                    stored.content().weighedAt()));
            log.debug("Stored record {} of station {} as {}: {}", stored.content().recordNumber(), station.code(),
                    stored.id(), stored.judgement().verdict());
            keys.get(station.stationId()).put(stored.content().recordNumber(), new WeighingRecordStore.RecordKey(
                    stored.id(), stored.content().weighedAt(), stored.contentSha256()));
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

    /**
     * Links the fresh records to the station's chain in the given order, with the given ids,
     * which ascend in that order.
     */
    private List<NewRecord> chain(StationProfile station, List<PendingRecord> fresh, List<Long> ids,
            WeighingRecordStore.ChainHead head, Instant now) {
        if (fresh.isEmpty()) {
            return List.of();
        }
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
     * Returns the outcome of every record. Only the results of records stored before are read
     * from the database, because {@code results} already contains those of the new rows.
     *
     * @param created the indexes of the records that were stored as new rows
     */
    private Map<Integer, IngestionOutcome> outcomes(List<StationRecords> stations, Set<Integer> created,
            Map<Long, Map<String, WeighingRecordStore.RecordKey>> keys, Map<Long, IngestionResult> results) {
        List<WeighingRecordStore.RecordKey> earlier = keys.values().stream().flatMap(map -> map.values().stream())
                .filter(key -> !results.containsKey(key.recordId())).toList();
        results.putAll(store.findResults(earlier));
        Map<Integer, IngestionOutcome> outcomes = new HashMap<>();
        for (StationRecords station : stations) {
            Map<String, WeighingRecordStore.RecordKey> stationKeys = keys.get(station.station().stationId());
            for (PendingRecord record : station.records()) {
                WeighingRecordStore.RecordKey key = stationKeys.get(record.content().recordNumber());
                IngestionOutcome outcome = created.contains(record.index())
                        ? IngestionOutcome.created(result(results, key))
                        : earlierOutcome(station.station(), record.content(), record.contentSha256(), key,
                                stored -> result(results, stored));
                outcomes.put(record.index(), outcome);
            }
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

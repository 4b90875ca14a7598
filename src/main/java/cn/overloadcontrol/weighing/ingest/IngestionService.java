package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts weighing records from stations: validates, judges, chains and stores them. The valid
 * records of a batch share one transaction. A single record without inline media shares one
 * with the single records of other requests that arrive at the same time (see
 * {@link SingleRecordGroups}). A record is identified by
 * (station, record number), so a resend returns the first result and stores nothing, however
 * many copies arrive at once.
 */
@Service
public class IngestionService {

    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);

    private final StationService stations;
    private final RecordParser parser;
    private final RecordJudging judging;
    private final TransactionTemplate transactions;
    private final RecordBatchWriter batchWriter;
    private final SingleRecordGroups singleRecordGroups;

    /**
     * The action of a record without inline media once it is stored, which does nothing. Only
     * such records share a transaction with other requests' records, because storing media
     * files would hold up the whole group.
     */
    public static final LongConsumer NOTHING_ON_STORE = recordId -> { };

    /** A record of a batch and what to run with its id in the transaction that stores it. */
    public record Submission(WeighingRecordRequest request, LongConsumer onStored) {
    }

    IngestionService(StationService stations, RecordParser parser, RecordJudging judging,
            PlatformTransactionManager transactionManager, RecordBatchWriter batchWriter,
            SingleRecordGroups singleRecordGroups) {
        this.stations = stations;
        this.parser = parser;
        this.judging = judging;
        this.transactions = new TransactionTemplate(transactionManager);
        this.batchWriter = batchWriter;
        this.singleRecordGroups = singleRecordGroups;
    }

    public IngestionOutcome ingest(StationPrincipal sender, WeighingRecordRequest request) {
        return ingest(sender, request, NOTHING_ON_STORE);
    }

    /**
     * Ingests a record and runs {@code onStored} with the new record id in the transaction that
     * stores it, so a failure there (such as its evidence media) leaves no record behind and
     * is thrown to the caller.
     */
    public IngestionOutcome ingest(StationPrincipal sender, WeighingRecordRequest request, LongConsumer onStored) {
        return ingestAll(sender, List.of(new Submission(request, onStored))).get(0);
    }

    /**
     * Ingests the records of a batch with the outcomes that ingesting them one by one in order
     * would give, but stores the valid ones in one transaction that locks the station's chain
     * once. Should that transaction fail, for example when storing one record's media fails,
     * the valid records are stored one per transaction instead, in order, so the records before
     * the failing one are kept and its exception is thrown.
     *
     * @return one outcome per submission, in the same order
     */
    public List<IngestionOutcome> ingestAll(StationPrincipal sender, List<Submission> submissions) {
        StationProfile station = profile(sender);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        IngestionOutcome[] outcomes = new IngestionOutcome[submissions.size()];

        List<RecordJudging.ParsedRecord> parsed = new ArrayList<>();
        for (int index = 0; index < submissions.size(); index++) {
            RecordParser.Result result = parse(station, submissions.get(index).request(), now);
            if (result.rejected()) {
                outcomes[index] = IngestionOutcome.rejected(result.problems());
            } else {
                parsed.add(new RecordJudging.ParsedRecord(station, index, result.content(), result.curve(),
                        submissions.get(index).onStored()));
            }
        }
        if (parsed.isEmpty()) {
            return List.of(outcomes);
        }
        if (joinsGroup(parsed)) {
            RecordJudging.ParsedRecord record = parsed.get(0);
            outcomes[record.index()] = singleRecordGroups.store(record);
            return List.of(outcomes);
        }

        List<PendingRecord> valid = judging.judgeAll(parsed);
        try {
            store(station, valid, now).forEach((index, outcome) -> outcomes[index] = outcome);
        } catch (RuntimeException e) {
            if (valid.size() == 1) {
                throw e;
            }
            log.warn("Storing {} records of station {} in one transaction failed, storing them one by one: {}",
                    valid.size(), station.code(), e.toString());
            for (PendingRecord record : valid) {
                outcomes[record.index()] = store(station, List.of(record), now).get(record.index());
            }
        }
        return List.of(outcomes);
    }

    /**
     * Returns whether the valid records are one record without media and the caller has no
     * transaction that the record would have to join.
     */
    private static boolean joinsGroup(List<RecordJudging.ParsedRecord> valid) {
        return valid.size() == 1 && valid.get(0).onStored() == NOTHING_ON_STORE
                && !TransactionSynchronizationManager.isActualTransactionActive();
    }

    private Map<Integer, IngestionOutcome> store(StationProfile station, List<PendingRecord> records, Instant now) {
        return transactions.execute(status -> batchWriter.store(station, records, now));
    }

    private StationProfile profile(StationPrincipal sender) {
        if (sender.profile() != null) {
            return sender.profile();
        }
        return stations.profile(sender.stationId())
                .orElseThrow(() -> new IllegalStateException("Authenticated station " + sender.stationId()
                        + " no longer exists"));
    }

    private RecordParser.Result parse(StationProfile station, WeighingRecordRequest request, Instant now) {
        RecordParser.Result parsed = parser.parse(request, now);
        if (parsed.rejected()) {
            log.warn("Rejected record {} of station {}: {}", request.recordNumber(), station.code(),
                    parsed.problems().stream().map(problem -> problem.field() + " " + problem.code()).toList());
        }
        return parsed;
    }
}

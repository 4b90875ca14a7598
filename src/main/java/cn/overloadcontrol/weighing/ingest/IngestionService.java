package cn.overloadcontrol.weighing.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.LongConsumer;

import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationService;
import cn.overloadcontrol.weighing.RegisteredMasses;
import cn.overloadcontrol.weighing.VehicleRegistry;
import cn.overloadcontrol.weighing.WeighingRecordStored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accepts weighing records from stations: validates, judges, chains and stores each record in
 * its own transaction. A record is identified by (station, record number), so a resend returns
 * the first result and stores nothing, however many copies arrive at once.
 */
@Service
public class IngestionService {

    private static final Logger log = LoggerFactory.getLogger(IngestionService.class);

    private final StationService stations;
    private final RecordParser parser;
    private final RecordJudge judge;
    private final WeighingRecordStore store;
    private final ViolationDetector violations;
    private final TransactionTemplate transactions;
    private final VehicleRegistry registry;
    private final ApplicationEventPublisher events;

    IngestionService(StationService stations, RecordParser parser, RecordJudge judge, WeighingRecordStore store,
            ViolationDetector violations, PlatformTransactionManager transactionManager, VehicleRegistry registry,
            ApplicationEventPublisher events) {
        this.registry = registry;
        this.events = events;
        this.stations = stations;
        this.parser = parser;
        this.judge = judge;
        this.store = store;
        this.violations = violations;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    public IngestionOutcome ingest(StationPrincipal sender, WeighingRecordRequest request) {
        return ingest(sender, request, recordId -> { });
    }

    /**
     * Ingests a record and runs {@code onStored} with the new record id in the transaction that
     * stores it, so a failure there (such as its evidence media) leaves no record behind.
     */
    public IngestionOutcome ingest(StationPrincipal sender, WeighingRecordRequest request, LongConsumer onStored) {
        StationProfile station = stations.profile(sender.stationId())
                .orElseThrow(() -> new IllegalStateException("Authenticated station " + sender.stationId()
                        + " no longer exists"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        RecordParser.Result parsed = parser.parse(request, now);
        if (parsed.rejected()) {
            log.warn("Rejected record {} of station {}: {}", request.recordNumber(), station.code(),
                    parsed.problems().stream().map(problem -> problem.field() + " " + problem.code()).toList());
            return IngestionOutcome.rejected(parsed.problems());
        }
        RecordContent content = parsed.content();
        String contentSha256 = content.sha256();

        Optional<IngestionOutcome> earlier = earlierDelivery(station, content, contentSha256);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        RegisteredMasses registered = registeredMasses(content);
        RecordJudgement judgement = judge.judge(content, station, registered);
        RegisteredMasses.Source massSource = RecordJudge.massSource(content, registered);
        WeightCurve curve = parsed.curve();
        return transactions.execute(status -> store(station, content, curve, contentSha256, judgement, massSource,
                registered, now, onStored));
    }

    /**
     * Looks up the registry's masses for a record that carries neither mass, else returns
     * {@code null} because the record's own masses win. The content and its hash keep what the
     * station sent.
     */
    private RegisteredMasses registeredMasses(RecordContent content) {
        if (content.registeredTotalMassKg() != null || content.registeredLoadKg() != null) {
            return null;
        }
        return registry.massesOf(content.plateNumber()).orElse(null);
    }

    private IngestionOutcome store(StationProfile station, RecordContent content, WeightCurve curve,
            String contentSha256,
            RecordJudgement judgement, RegisteredMasses.Source massSource, RegisteredMasses registryMasses,
            Instant now, LongConsumer onStored) {
        WeighingRecordStore.ChainHead head = store.lockChainHead(station.stationId());
        // Another copy may have been stored while this one waited for the lock.
        Optional<IngestionOutcome> earlier = earlierDelivery(station, content, contentSha256);
        if (earlier.isPresent()) {
            return earlier.get();
        }

        long id = store.nextId();
        long chainSeq = head.lastSeq() + 1;
        HashChain.Link link = new HashChain.Link(id, station.stationId(), chainSeq, content.recordNumber(),
                content.weighedAt(), contentSha256, judgement, now);
        String recordHash = HashChain.hash(head.lastHash(), link);
        store.insert(new NewRecord(id, station, content, contentSha256, judgement, massSource, registryMasses, chainSeq,
                head.lastHash(), recordHash, now));
        if (curve != null) {
            store.insertCurve(id, curve, now);
        }
        onStored.accept(id);
        violations.inspect(id, station, content, judgement);
        // Listeners run in this transaction: upload tasks commit or roll back with the record.
        events.publishEvent(new WeighingRecordStored(id, station.stationId(), station.unitId(), content.weighedAt()));

        log.debug("Stored record {} of station {} as {}: {}", content.recordNumber(), station.code(), id,
                judgement.verdict());
        WeighingRecordStore.RecordKey key = new WeighingRecordStore.RecordKey(id, content.weighedAt(), contentSha256);
        return IngestionOutcome.created(loadResult(key));
    }

    private Optional<IngestionOutcome> earlierDelivery(StationProfile station, RecordContent content,
            String contentSha256) {
        return store.findKey(station.stationId(), content.recordNumber()).map(key -> {
            if (!key.contentSha256().equals(contentSha256)) {
                log.warn("Record {} of station {} resent with different content; stored record {} kept",
                        content.recordNumber(), station.code(), key.recordId());
                return IngestionOutcome.conflict(key.recordId());
            }
            return IngestionOutcome.duplicate(loadResult(key));
        });
    }

    private IngestionResult loadResult(WeighingRecordStore.RecordKey key) {
        return store.findResult(key).orElseThrow(() -> new IllegalStateException("Record " + key.recordId()
                + " has a key but no row: it was removed from weighing_record"));
    }
}

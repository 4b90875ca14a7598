package cn.overloadcontrol.weighing.ingest;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

import cn.overloadcontrol.station.StationProfile;
import cn.overloadcontrol.station.StationStatus;
import cn.overloadcontrol.support.Waits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How groups of single records reach the batch writer, with a writer that records its calls.
 * Records of one station are merged in arrival order. A failed group is stored again one record
 * at a time, so only the failing record's request fails.
 */
class SingleRecordGroupsTest {

    private static final StationProfile STATION_1 = station(1);
    private static final StationProfile STATION_2 = station(2);
    private static final StationProfile STATION_3 = station(3);

    private final RecordingWriter writer = new RecordingWriter();
    private final NamingJudging judging = new NamingJudging();
    private final SingleRecordGroups groups = new SingleRecordGroups(judging, writer, new NoTransactions());

    @AfterEach
    void close() {
        writer.release.countDown();
        groups.destroy();
    }

    @Test
    void recordsOfStationMergedInArrivalOrder() throws Exception {
        List<CompletableFuture<IngestionOutcome>> outcomes = queueBehindBlockedGroup(
                record(STATION_2, "A"), record(STATION_3, "B"), record(STATION_2, "C"));

        writer.release.countDown();

        for (int i = 0; i < outcomes.size(); i++) {
            assertThat(outcomes.get(i).get(5, TimeUnit.SECONDS).existingId()).isEqualTo(100L + i);
        }
        List<RecordBatchWriter.StationRecords> group = writer.groups.get(1);
        assertThat(group).extracting(stationRecords -> stationRecords.station().stationId()).containsExactly(2L, 3L);
        assertThat(group.get(0).records()).extracting(PendingRecord::contentSha256).containsExactly("A", "C");
        assertThat(group.get(0).records()).extracting(PendingRecord::index).containsExactly(0, 2);
        assertThat(group.get(1).records()).extracting(PendingRecord::index).containsExactly(1);
    }

    @Test
    void failedGroupStoredOneByOne() throws Exception {
        writer.failGroups = true;
        writer.failingRecord = "BAD";
        List<CompletableFuture<IngestionOutcome>> outcomes = queueBehindBlockedGroup(
                record(STATION_2, "A"), record(STATION_3, "BAD"), record(STATION_2, "C"));

        writer.release.countDown();

        assertThat(outcomes.get(0).get(5, TimeUnit.SECONDS).status()).isEqualTo(IngestionOutcome.Status.CONFLICT);
        assertThat(outcomes.get(2).get(5, TimeUnit.SECONDS).status()).isEqualTo(IngestionOutcome.Status.CONFLICT);
        assertThat(outcomes.get(1)).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("record BAD failed");
        assertThat(writer.singles).containsExactly("A", "BAD", "C");
    }

    @Test
    void unavailableDatabaseFailsGroupAndWaiting() throws Exception {
        writer.failBlockedGroupWith = new CannotGetJdbcConnectionException("no connection",
                new SQLTransientConnectionException("Connection is not available, request timed out after 30000ms"));
        CompletableFuture<IngestionOutcome> blocked = submitAsync(record(STATION_1, "BLOCK"));
        Waits.until(() -> writer.blocked.getCount() == 0, Duration.ofSeconds(5));
        List<CompletableFuture<IngestionOutcome>> waiting = List.of(submitAsync(record(STATION_2, "A")),
                submitAsync(record(STATION_3, "B")));
        Waits.until(() -> groups.waiting() == 2, Duration.ofSeconds(5));

        writer.release.countDown();

        assertThat(blocked).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                .withMessageContaining("no connection");
        for (CompletableFuture<IngestionOutcome> outcome : waiting) {
            assertThat(outcome).failsWithin(5, TimeUnit.SECONDS).withThrowableThat()
                    .withMessageContaining("no connection");
        }
        assertThat(writer.groups).as("no group after the failed one").hasSize(1);
        assertThat(writer.singles).as("no retry one by one").isEmpty();
    }

    /**
     * Submits a record that blocks the group thread until the test releases it, then submits
     * the given records and waits until all of them are queued, so they form the next group.
     */
    private List<CompletableFuture<IngestionOutcome>> queueBehindBlockedGroup(RecordJudging.ParsedRecord... records)
            throws InterruptedException {
        submitAsync(record(STATION_1, "BLOCK"));
        Waits.until(() -> writer.blocked.getCount() == 0, Duration.ofSeconds(5));
        List<CompletableFuture<IngestionOutcome>> outcomes = new ArrayList<>();
        for (RecordJudging.ParsedRecord record : records) {
            outcomes.add(submitAsync(record));
            int queued = outcomes.size();
            Waits.until(() -> groups.waiting() == queued, Duration.ofSeconds(5));
        }
        return outcomes;
    }

    private CompletableFuture<IngestionOutcome> submitAsync(RecordJudging.ParsedRecord record) {
        CompletableFuture<IngestionOutcome> outcome = new CompletableFuture<>();
        new Thread(() -> {
            try {
                outcome.complete(groups.store(record));
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }, "submit-" + judging.names.get(record.onStored())).start();
        return outcome;
    }

    /** Returns a record whose judged form carries {@code name} as its content hash. */
    private RecordJudging.ParsedRecord record(StationProfile station, String name) {
        // A lambda that captures a value is a new object each time, so it can key the name.
        LongConsumer onStored = recordId -> name.length();
        judging.names.put(onStored, name);
        return new RecordJudging.ParsedRecord(station, 0, null, null, onStored);
    }

    private static StationProfile station(long id) {
        return new StationProfile(id, "S" + id, id, 1, StationStatus.ACTIVE, Map.of());
    }

    /**
     * Returns a conflict outcome with id 100 + index for each record, blocks on the first
     * record named BLOCK until released, and fails as configured.
     */
    private static final class RecordingWriter extends RecordBatchWriter {

        final CountDownLatch blocked = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final List<List<StationRecords>> groups = new CopyOnWriteArrayList<>();
        final List<String> singles = new CopyOnWriteArrayList<>();
        volatile boolean failGroups;
        volatile RuntimeException failBlockedGroupWith;
        volatile String failingRecord;

        RecordingWriter() {
            super(null, null, null);
        }

        @Override
        Map<Integer, IngestionOutcome> storeAll(List<StationRecords> stations, Instant now) {
            groups.add(stations);
            if (stations.size() == 1 && stations.get(0).records().get(0).contentSha256().equals("BLOCK")) {
                blocked.countDown();
                Waits.released(release, Duration.ofSeconds(10));
                if (failBlockedGroupWith != null) {
                    throw failBlockedGroupWith;
                }
            } else if (failGroups) {
                throw new IllegalStateException("group failed");
            }
            Map<Integer, IngestionOutcome> outcomes = new HashMap<>();
            stations.forEach(station -> station.records().forEach(record ->
                    outcomes.put(record.index(), IngestionOutcome.conflict(100L + record.index()))));
            return outcomes;
        }

        @Override
        Map<Integer, IngestionOutcome> store(StationProfile station, List<PendingRecord> records, Instant now) {
            PendingRecord record = records.get(0);
            singles.add(record.contentSha256());
            if (record.contentSha256().equals(failingRecord)) {
                throw new IllegalStateException("record " + failingRecord + " failed");
            }
            return Map.of(record.index(), IngestionOutcome.conflict(200L));
        }
    }

    /** Judges each record into one whose content hash is the name the test gave it. */
    private static final class NamingJudging extends RecordJudging {

        final Map<LongConsumer, String> names = Collections.synchronizedMap(new IdentityHashMap<>());

        NamingJudging() {
            super(null, null);
        }

        @Override
        List<PendingRecord> judgeAll(List<ParsedRecord> records) {
            return records.stream().map(record -> new PendingRecord(record.index(), null, null,
                    names.get(record.onStored()), null, null, null, record.onStored())).toList();
        }
    }

    /** Runs the callback without a real transaction. */
    private static final class NoTransactions extends AbstractPlatformTransactionManager {

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }
}

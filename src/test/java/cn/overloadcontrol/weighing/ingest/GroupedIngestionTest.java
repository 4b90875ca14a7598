package cn.overloadcontrol.weighing.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import cn.overloadcontrol.station.StationPrincipal;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.Waits;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single records of several stations that wait at the same time are stored in one group, each
 * in its own station's chain, with the outcomes that storing them one by one would give. The
 * test holds one station's chain head lock so that the records sent meanwhile queue up.
 */
@IntegrationTest
class GroupedIngestionTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    IngestionService ingestion;
    @Autowired
    SingleRecordGroups groups;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void waitingRecordsOfStationsShareGroup() throws Exception {
        TestData.StationWithKey blocker = data.stationWithKey();
        TestData.StationWithKey stationA = data.stationWithKey();
        TestData.StationWithKey stationB = data.stationWithKey();
        TestData.StationWithKey stationC = data.stationWithKey();
        assertThat(ingest(blocker, SampleRecords.sixAxle(TestData.unique("G-BLOCK-"))).status())
                .isEqualTo(IngestionOutcome.Status.CREATED);
        Map<String, Object> storedBefore = SampleRecords.sixAxle(TestData.unique("G-BEFORE-"));
        IngestionOutcome before = ingest(stationC, storedBefore);

        Map<String, Object> recordA = SampleRecords.sixAxle(TestData.unique("G-A-"));
        Map<String, Object> recordB = SampleRecords.sixAxle(TestData.unique("G-B-"));
        Map<String, Object> changedB = new LinkedHashMap<>(recordB);
        changedB.put("cargoName", "焦炭");
        Map<String, Object> recordC = SampleRecords.sixAxle(TestData.unique("G-C-"));

        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> lockHolder = CompletableFuture.runAsync(() -> new TransactionTemplate(
                transactionManager).executeWithoutResult(status -> {
                    jdbc.queryForList("select 1 from weighing_chain_head where station_id = ? for update",
                            blocker.stationId());
                    locked.countDown();
                    Waits.released(release, Duration.ofSeconds(20));
                }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<IngestionOutcome> blocked = ingestAsync(blocker,
                SampleRecords.sixAxle(TestData.unique("G-BLOCKED-")));
        Waits.until(() -> chainHeadLockWaiters() == 1, Duration.ofSeconds(10));

        List<CompletableFuture<IngestionOutcome>> grouped = new ArrayList<>();
        grouped.add(ingestAsync(stationA, recordA));
        grouped.add(ingestAsync(stationB, recordB));
        Waits.until(() -> groups.waiting() == 2, Duration.ofSeconds(10));
        grouped.add(ingestAsync(stationB, changedB));
        grouped.add(ingestAsync(stationC, recordC));
        grouped.add(ingestAsync(stationC, storedBefore));
        Waits.until(() -> groups.waiting() == 5, Duration.ofSeconds(10));
        release.countDown();
        lockHolder.get(10, TimeUnit.SECONDS);

        assertThat(blocked.get(10, TimeUnit.SECONDS).status()).isEqualTo(IngestionOutcome.Status.CREATED);
        assertThat(grouped.get(0).get(10, TimeUnit.SECONDS).status()).isEqualTo(IngestionOutcome.Status.CREATED);
        assertThat(grouped.get(1).get(10, TimeUnit.SECONDS).status()).isEqualTo(IngestionOutcome.Status.CREATED);
        IngestionOutcome conflict = grouped.get(2).get(10, TimeUnit.SECONDS);
        assertThat(conflict.status()).isEqualTo(IngestionOutcome.Status.CONFLICT);
        assertThat(conflict.existingId()).isEqualTo(grouped.get(1).get().result().id());
        assertThat(grouped.get(3).get(10, TimeUnit.SECONDS).status()).isEqualTo(IngestionOutcome.Status.CREATED);
        IngestionOutcome duplicate = grouped.get(4).get(10, TimeUnit.SECONDS);
        assertThat(duplicate.status()).isEqualTo(IngestionOutcome.Status.DUPLICATE);
        assertThat(duplicate.result().id()).isEqualTo(before.result().id());

        assertThat(chainSeqs(stationA.stationId())).containsExactly(1L);
        assertThat(chainSeqs(stationB.stationId())).containsExactly(1L);
        assertThat(chainSeqs(stationC.stationId())).containsExactly(1L, 2L);
        assertThat(chainSeqs(blocker.stationId())).containsExactly(1L, 2L);
        for (TestData.StationWithKey station : List.of(blocker, stationA, stationB, stationC)) {
            assertThat(verifier.check(station.stationId()).intact()).as("chain of %s", station.stationId()).isTrue();
        }
        assertThat(jdbc.queryForObject("select count(*) from upstream_task where record_id = ?", Long.class,
                grouped.get(0).get().result().id())).as("upload tasks of a grouped record")
                .isEqualTo(jdbc.queryForObject("select count(*) from upstream_target where enabled", Long.class));
    }

    private IngestionOutcome ingest(TestData.StationWithKey station, Map<String, Object> record) {
        return ingestion.ingest(new StationPrincipal(station.stationId(), "S", station.keyId()),
                JSON.convertValue(record, WeighingRecordRequest.class));
    }

    private CompletableFuture<IngestionOutcome> ingestAsync(TestData.StationWithKey station,
            Map<String, Object> record) {
        CompletableFuture<IngestionOutcome> outcome = new CompletableFuture<>();
        new Thread(() -> {
            try {
                outcome.complete(ingest(station, record));
            } catch (RuntimeException e) {
                outcome.completeExceptionally(e);
            }
        }, "ingest-" + record.get("recordNumber")).start();
        return outcome;
    }

    private List<Long> chainSeqs(long stationId) {
        return jdbc.queryForList("select chain_seq from weighing_record where station_id = ? order by chain_seq",
                Long.class, stationId);
    }

    /** Returns the number of sessions waiting for a lock in a statement on chain heads. */
    private long chainHeadLockWaiters() {
        return jdbc.queryForObject("""
                select count(*) from pg_stat_activity
                 where wait_event_type = 'Lock' and query like '%weighing_chain_head%'
                """, Long.class);
    }
}

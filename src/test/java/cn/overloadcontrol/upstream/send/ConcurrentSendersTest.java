package cn.overloadcontrol.upstream.send;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.upstream.StandInPlatform;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.outbox.TaskStore;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two senders, as two app instances would run them, share one database: every task is
 * delivered exactly once, because each claim skips the rows the other one holds.
 */
@IntegrationTest
class ConcurrentSendersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetStore targets;
    @Autowired
    TaskStore tasks;
    @Autowired
    UploadSender first;
    @Autowired
    PayloadAssembler payloads;
    @Autowired
    UploadFormats formats;
    @Autowired
    TargetClient client;
    @Autowired
    UpstreamProperties properties;
    @Autowired
    RegistryPayloads registries;

    @Test
    void twoSendersDeliverEachTaskOnce() throws Exception {
        try (StandInPlatform platform = new StandInPlatform()) {
            // Stations first: a station created while the target is enabled queues a list push too.
            List<TestData.StationWithKey> stations = List.of(data.stationWithKey(), data.stationWithKey());
            TestTargets settings = new TestTargets(platform.baseUrl());
            settings.batchSize = 3;
            long targetId = targets.insert(settings.settings(), null);
            try {
                List<Long> recordIds = new ArrayList<>();
                for (TestData.StationWithKey station : stations) {
                    for (int i = 0; i < 25; i++) {
                        recordIds.add(RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("TWO-"))));
                    }
                }
                UploadTarget target = targets.find(targetId).orElseThrow();
                UploadSender second = new UploadSender(targets, tasks, payloads, formats, client,
                        new CircuitBreakers(), properties, registries);

                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Callable<Integer>> runs = List.of(() -> first.sendTarget(target), () -> second.sendTarget(target));
                int delivered = 0;
                for (Future<Integer> run : pool.invokeAll(runs)) {
                    delivered += run.get();
                }
                pool.shutdown();

                assertThat(delivered).isEqualTo(50);
                List<String> keys = jdbc.queryForList("""
                        select idempotency_key::text from upstream_task
                         where target_id = ? and status = 'DELIVERED' and kind = 'RECORD'
                        """, String.class, targetId);
                assertThat(keys).hasSize(50);
                keys.forEach(key -> assertThat(platform.storedCount(key)).as("deliveries of " + key).isEqualTo(1));
                int itemsSent = platform.requestsTo("/records").stream()
                        .mapToInt(request -> StandInPlatform.json(request).get("records").size()).sum();
                assertThat(itemsSent).isEqualTo(50);
                assertThat(platform.requestsTo("/records").size()).isGreaterThanOrEqualTo(17);
            } finally {
                jdbc.update("update upstream_target set enabled = false where id = ?", targetId);
            }
        }
    }
}

package cn.overloadcontrol.upstream.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.send.UploadSender;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upload throughput against a local stand-in (the JDK's HTTP server on 127.0.0.1, which only
 * counts items and answers {@code {"code":"0"}}). Skipped unless run with
 * {@code ./mvnw -o test -Dtest=UploadBenchmarkTest -Dbenchmark=true}; the backlog size is
 * {@code -Dbenchmark.backlog} (1,000,000 by default). Records are inserted with SQL, not
 * through the API, because only the sender is measured. Results go to stdout and to
 * {@code target/upload-benchmark.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class UploadBenchmarkTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    TargetStore targets;
    @Autowired
    UploadSender sender;

    HttpServer standIn;
    final AtomicLong itemsReceived = new AtomicLong();
    final AtomicLong requestsReceived = new AtomicLong();
    final StringBuilder report = new StringBuilder();

    @BeforeEach
    void startStandIn() throws IOException {
        standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        standIn.setExecutor(Executors.newFixedThreadPool(4));
        standIn.createContext("/", exchange -> {
            try (InputStream body = exchange.getRequestBody()) {
                String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
                itemsReceived.addAndGet(count(text, "\"idempotencyKey\""));
                requestsReceived.incrementAndGet();
            }
            byte[] answer = "{\"code\":\"0\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        standIn.start();
    }

    @AfterEach
    void stopStandIn() throws IOException {
        standIn.stop(0);
        Path file = Path.of("target", "upload-benchmark.txt");
        Files.writeString(file, report.toString());
    }

    private static long count(String text, String token) {
        long count = 0;
        for (int at = text.indexOf(token); at >= 0; at = text.indexOf(token, at + token.length())) {
            count++;
        }
        return count;
    }

    @Test
    void sustainedRateAndMillionBacklog() {
        long backlog = Long.getLong("benchmark.backlog", 1_000_000L);
        TestData.StationWithKey station = data.stationWithKey();
        long firstRecord = insertRecords(station, backlog + 40_000);
        print("machine: %d cores visible to the JVM, max heap %d MiB", Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        sustainedRate(station, firstRecord, 20_000, 50);
        sustainedRate(station, firstRecord + 20_000, 20_000, 500);
        drainBacklog(station, firstRecord + 40_000, backlog, 500);
    }

    private void sustainedRate(TestData.StationWithKey station, long firstRecord, long tasks, int batchSize) {
        UploadTarget target = target(batchSize);
        queueTasks(target, station, firstRecord, tasks);
        long started = System.nanoTime();
        long delivered = drain(target);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(delivered).isEqualTo(tasks);
        print("sustained, batch %d: %d tasks in %.1f s = %.0f tasks/s", batchSize, tasks, seconds, tasks / seconds);
        disable(target);
    }

    private void drainBacklog(TestData.StationWithKey station, long firstRecord, long tasks, int batchSize) {
        UploadTarget target = target(batchSize);
        long queueStarted = System.nanoTime();
        queueTasks(target, station, firstRecord, tasks);
        print("backlog of %d tasks queued in %.1f s", tasks, (System.nanoTime() - queueStarted) / 1e9);
        long heapBefore = usedHeapAfterGc();
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long started = System.nanoTime();
        long itemsBefore = itemsReceived.get();
        long delivered = drain(target);
        double seconds = (System.nanoTime() - started) / 1e9;
        sampler.interrupt();
        long heapAfter = usedHeapAfterGc();
        assertThat(delivered).isEqualTo(tasks);
        assertThat(itemsReceived.get() - itemsBefore).isEqualTo(tasks);
        print("backlog, batch %d: %d tasks drained in %.1f s = %.0f tasks/s", batchSize, tasks, seconds,
                tasks / seconds);
        print("heap used after GC: before %d MiB, after %d MiB; highest sample during the drain %d MiB",
                heapBefore >> 20, heapAfter >> 20, sampler.max >> 20);
        disable(target);
    }

    private long drain(UploadTarget target) {
        long delivered = 0;
        while (true) {
            int round = sender.sendTarget(target);
            delivered += round;
            if (round == 0) {
                Integer pending = jdbc.queryForObject(
                        "select count(*) from upstream_task where target_id = ? and status = 'PENDING'", Integer.class,
                        target.id());
                if (pending == null || pending == 0) {
                    return delivered;
                }
            }
        }
    }

    private UploadTarget target(int batchSize) {
        TestTargets settings = new TestTargets("http://127.0.0.1:" + standIn.getAddress().getPort());
        settings.batchSize = batchSize;
        settings.readTimeoutMs = 30_000;
        // Records inserted with SQL publish no events, so only the tasks queued below exist.
        long id = targets.insert(settings.settings(), null);
        return targets.find(id).orElseThrow();
    }

    private void disable(UploadTarget target) {
        jdbc.update("update upstream_target set enabled = false where id = ?", target.id());
    }

    /** Inserts {@code count} minimal records of the station with SQL and returns the first id. */
    private long insertRecords(TestData.StationWithKey station, long count) {
        long started = System.nanoTime();
        Long first = jdbc.queryForObject("select nextval('weighing_record_id_seq')", Long.class);
        jdbc.execute("select setval('weighing_record_id_seq', " + (first + count) + ")");
        jdbc.update("""
                insert into weighing_record (id, weighed_at, station_id, unit_id, area_id, record_number, direction,
                       plate_number, plate_color, single_drive_axle, single_tyre_groups, air_suspension, gross_kg,
                       limit_basis, verdict, overload_verdict, flags, content_sha256, chain_seq, previous_hash,
                       record_hash, received_at)
                select ? + g, now() - interval '1 hour', ?, ?, ?, 'BENCH-' || (? + g), 'OUTBOUND', '晋E12345',
                       'YELLOW', false, 0, false, 40000, 'bench', 'COMPLIANT', 'NOT_JUDGEABLE', '{}',
                       repeat('0', 64), g, repeat('0', 64), repeat('0', 64), now()
                  from generate_series(0, ? - 1) g
                """, first, station.stationId(), station.unitId(), station.areaId(), first, count);
        jdbc.update("""
                insert into weighing_record_key (station_id, record_number, record_id, weighed_at, content_sha256)
                select station_id, record_number, id, weighed_at, content_sha256 from weighing_record
                 where id >= ? and id < ? + ?
                """, first, first, count);
        print("inserted %d records in %.1f s", count, (System.nanoTime() - started) / 1e9);
        return first;
    }

    private void queueTasks(UploadTarget target, TestData.StationWithKey station, long firstRecord, long count) {
        jdbc.update("""
                insert into upstream_task (target_id, kind, record_id, station_id, unit_id, weighed_at)
                select ?, 'RECORD', r, ?, ?, now() - interval '1 hour' from generate_series(?, ? + ? - 1) r
                """, target.id(), station.stationId(), station.unitId(), firstRecord, firstRecord, count);
        jdbc.execute("analyze upstream_task");
    }

    private static long usedHeapAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private void print(String format, Object... args) {
        String line = format.formatted(args);
        System.out.println("[upload-benchmark] " + line);
        report.append(line).append('\n');
    }

    /** Samples the used heap once a second; without a GC before each sample the peak includes garbage. */
    private static final class HeapSampler extends Thread {
        volatile long max;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                max = Math.max(max, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.WebLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingestion and review-list benchmark that docs/benchmarks.md reports. It runs only with
 * {@code -Dbenchmark=true}, because it writes millions of rows into the test database:
 * {@code ./mvnw -B verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=IngestionBenchmarkIT -Dbenchmark=true}.
 *
 * <p>Phases, in this order: (a) single records over the signed API from 16 client threads,
 * (a0) as many signed requests that store nothing, as the floor of a request's cost,
 * (b) batches of 500 records over the API, (c) the same records as (b) inserted with plain JDBC
 * batches as the baseline, (d) a bulk load of 10 million rows and the first page of the record
 * list filtered by area and 7 days. It prints the figures and writes them to
 * {@code target/benchmark/ingestion.txt}. It asserts only that every record was stored, never a
 * speed: a slow or busy machine gives lower figures, not a failure.
 *
 * <p>System properties: {@code benchmark.records} (records per API phase, default 50,000),
 * {@code benchmark.warmup} (records sent before timing, as single records and again as batches,
 * default 20,000),
 * {@code benchmark.batch-clients} (client threads of phases b and c, default 4) and
 * {@code benchmark.load-records} (rows of phase d, default 10,000,000).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // The benchmark pushes far more than one station's normal traffic through few stations.
        "app.api.rate-limit.burst=1000000",
        "app.api.rate-limit.requests-per-second=1000000",
        // As in production: the test profile turns the template cache off, which re-parses every page.
        "spring.thymeleaf.cache=true"})
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class IngestionBenchmarkIT {

    private static final int SINGLE_CLIENTS = 16;
    private static final int BATCH_SIZE = 500;
    private static final int LOAD_STATIONS = 150;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern CREATED = Pattern.compile("\"created\":(\\d+)");

    private final int records = Integer.getInteger("benchmark.records", 50_000);
    private final int warmUp = Integer.getInteger("benchmark.warmup", 20_000);
    private final int batchClients = Integer.getInteger("benchmark.batch-clients", 4);
    private final long loadRecords = Long.getLong("benchmark.load-records", 10_000_000L);

    @LocalServerPort
    int port;
    @Autowired
    TestData testData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate namedJdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    RecordSearch search;
    @Autowired
    RecordPartitions partitions;

    private final List<String> report = new ArrayList<>();
    private final CpuMeter cpu = new CpuMeter(Path.of("target", "test-postgres"));
    private CpuMeter.Reading rawCpu;
    private final SyntheticRecords generator = new SyntheticRecords(20261204L);

    @Test
    void ingestionAndReviewList() throws Exception {
        List<AreaView> areas = testData.areas();
        SignedApiLoad api = new SignedApiLoad(baseUrl());
        line("Ingestion benchmark: %d records per API phase, %d batch clients, %d rows loaded, %d areas, %d CPUs;"
                + " load average: %s", records, batchClients, loadRecords, areas.size(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        line("%s; fsync=%s, synchronous_commit=%s, shared_buffers=%s",
                jdbc.queryForObject("select version()", String.class), jdbc.queryForObject("show fsync", String.class),
                jdbc.queryForObject("show synchronous_commit", String.class),
                jdbc.queryForObject("show shared_buffers", String.class));

        List<TestData.StationWithKey> singleStations = stations(areas, SINGLE_CLIENTS);
        api.run("/api/v1/weighings", singleSenders(singleStations, "WARM", warmUp), IngestionBenchmarkIT::createdOne);
        List<SignedApiLoad.Sender> singleSenders = singleSenders(singleStations, "ONE", records);
        CpuMeter.Reading cpuBefore = cpu.read();
        SignedApiLoad.Outcome single = api.run("/api/v1/weighings", singleSenders, IngestionBenchmarkIT::createdOne);
        phase("(a) single-record API, " + SINGLE_CLIENTS + " clients", single, "request", cpuBefore);
        assertThat(single.stored()).isEqualTo(records);
        requestFloor(api, singleStations);

        List<TestData.StationWithKey> batchStations = stations(areas, batchClients);
        api.run("/api/v1/weighings/batch", batchSenders(batchStations, "BATCHWARM", warmUp),
                IngestionBenchmarkIT::createdInBatch);
        List<SignedApiLoad.Sender> batchSenders = batchSenders(batchStations, "BATCH", records);
        cpuBefore = cpu.read();
        SignedApiLoad.Outcome batch = api.run("/api/v1/weighings/batch", batchSenders,
                IngestionBenchmarkIT::createdInBatch);
        CpuMeter.Reading batchCpu = phase("(b) batch API, " + BATCH_SIZE + " per batch, " + batchClients + " clients",
                batch, "batch", cpuBefore);
        assertThat(batch.stored()).isEqualTo(records);

        SignedApiLoad.Outcome raw = rawBaseline(areas, batchStations);
        phase("(c) raw JDBC batch insert, " + BATCH_SIZE + " per batch, " + batchClients + " threads", raw, "batch",
                null);
        line("    the batch API takes %.2f times as long per record as the raw insert, and %.2f times its CPU time",
                raw.recordsPerSecond() / batch.recordsPerSecond(), batchCpu.totalSeconds() / rawCpu.totalSeconds());
        assertThat(raw.stored()).isEqualTo(records);

        reviewList(areas);
        writeReport();
    }

    /**
     * Measures what a signed request costs that is authenticated and gets a response but stores
     * nothing: an empty batch, which the API rejects with {@code batch_empty} after the
     * signature and nonce checks. Its CPU time per request is the part of phase (a) that does
     * not depend on the record.
     */
    private void requestFloor(SignedApiLoad api, List<TestData.StationWithKey> stations) throws Exception {
        byte[] empty = "{\"records\":[]}".getBytes(StandardCharsets.UTF_8);
        List<SignedApiLoad.Sender> senders = new ArrayList<>();
        for (int client = 0; client < stations.size(); client++) {
            TestData.StationWithKey station = stations.get(client);
            int count = (records - client + stations.size() - 1) / stations.size();
            senders.add(new SignedApiLoad.Sender(station.keyId(), station.secret(), Collections.nCopies(count, empty)));
        }
        CpuMeter.Reading cpuBefore = cpu.read();
        SignedApiLoad.Outcome floor = api.run("/api/v1/weighings/batch", senders, response -> 0);
        CpuMeter.Reading used = cpu.read().minus(cpuBefore);
        int requests = floor.latencies().count();
        double perRequestMillis = used.totalSeconds() * 1000 / requests;
        line("(a0) signed requests that store nothing (an empty batch), %d clients: %,d requests in %.1f s = %,.0f"
                + " requests/s; p50 %.1f ms, p99 %.1f ms; statuses %s; CPU time: JVM %.1f s + PostgreSQL %.1f s ="
                + " %.3f ms per request", stations.size(), requests, floor.elapsedNanos() / 1e9,
                requests / (floor.elapsedNanos() / 1e9), floor.latencies().percentileMillis(50),
                floor.latencies().percentileMillis(99), floor.statusCounts(), used.jvmSeconds(),
                used.postgresSeconds(), perRequestMillis);
    }

    private List<SignedApiLoad.Sender> singleSenders(List<TestData.StationWithKey> stations, String prefix,
            int count) {
        List<SignedApiLoad.Sender> senders = new ArrayList<>();
        for (int client = 0; client < stations.size(); client++) {
            TestData.StationWithKey station = stations.get(client);
            List<byte[]> bodies = new ArrayList<>();
            for (int i = client; i < count; i += stations.size()) {
                bodies.add(json(generator.next(prefix + "-" + station.stationId() + "-" + i)));
            }
            senders.add(new SignedApiLoad.Sender(station.keyId(), station.secret(), bodies));
        }
        return senders;
    }

    private List<SignedApiLoad.Sender> batchSenders(List<TestData.StationWithKey> stations, String prefix,
            int count) {
        List<List<byte[]>> bodies = new ArrayList<>();
        stations.forEach(station -> bodies.add(new ArrayList<>()));
        for (int first = 0, batchNo = 0; first < count; first += BATCH_SIZE, batchNo++) {
            int client = batchNo % stations.size();
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = first; i < Math.min(count, first + BATCH_SIZE); i++) {
                batch.add(generator.next(prefix + "-" + stations.get(client).stationId() + "-" + i));
            }
            bodies.get(client).add(json(Map.of("records", batch)));
        }
        List<SignedApiLoad.Sender> senders = new ArrayList<>();
        for (int client = 0; client < stations.size(); client++) {
            senders.add(new SignedApiLoad.Sender(stations.get(client).keyId(), stations.get(client).secret(),
                    bodies.get(client)));
        }
        return senders;
    }

    /**
     * Inserts the rows of phase (b)'s warm-up under stations of their own, untimed, so that the
     * JIT compiler has compiled the insert path, and then times the insert of phase (b)'s rows.
     */
    private SignedApiLoad.Outcome rawBaseline(List<AreaView> areas, List<TestData.StationWithKey> batchStations)
            throws Exception {
        RawInsertBaseline baseline = new RawInsertBaseline(namedJdbc, transactionManager);
        List<Long> batchStationIds = batchStations.stream().map(TestData.StationWithKey::stationId).toList();
        baseline.run(rawSenders(areas, baseline.storedRows(batchStationIds, "BATCHWARM-")));
        List<RawInsertBaseline.Sender> senders = rawSenders(areas, baseline.storedRows(batchStationIds, "BATCH-"));
        CpuMeter.Reading cpuBefore = cpu.read();
        SignedApiLoad.Outcome outcome = baseline.run(senders);
        rawCpu = cpu.read().minus(cpuBefore);
        return outcome;
    }

    /** Splits rows into batches of 500 for new stations, one client thread each, round robin. */
    private List<RawInsertBaseline.Sender> rawSenders(List<AreaView> areas, List<RawInsertBaseline.Row> rows) {
        List<TestData.StationWithKey> stations = stations(areas, batchClients);
        List<RawInsertBaseline.Sender> senders = new ArrayList<>();
        for (int client = 0; client < stations.size(); client++) {
            List<List<RawInsertBaseline.Row>> batches = new ArrayList<>();
            for (int first = client * BATCH_SIZE; first < rows.size(); first += BATCH_SIZE * stations.size()) {
                batches.add(rows.subList(first, Math.min(rows.size(), first + BATCH_SIZE)));
            }
            senders.add(new RawInsertBaseline.Sender(stations.get(client).stationId(), batches));
        }
        return senders;
    }

    private void reviewList(List<AreaView> areas) throws Exception {
        List<BulkRecordLoader.Station> stations = new ArrayList<>();
        for (TestData.StationWithKey station : stations(areas, LOAD_STATIONS)) {
            stations.add(new BulkRecordLoader.Station(station.stationId(), station.unitId(), station.areaId()));
        }
        partitions.ensure(BulkRecordLoader.firstMonth(), YearMonth.now(CHINA));

        long loadStarted = System.nanoTime();
        new BulkRecordLoader(jdbc).load(stations, loadRecords, 1_000_000,
                loaded -> System.out.printf("  loaded %,d rows after %d s%n", loaded,
                        (System.nanoTime() - loadStarted) / 1_000_000_000));
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        long started = System.nanoTime();
        jdbc.execute("vacuum analyze weighing_record");
        double vacuumSeconds = (System.nanoTime() - started) / 1e9;
        Long tableRows = jdbc.queryForObject("select count(*) from weighing_record", Long.class);
        line("(d) loaded %,d rows over %d days in %.0f s (%,.0f rows/s), vacuum analyze %.0f s; table has %,d rows;"
                + " load average after: %s", loadRecords, BulkRecordLoader.DAYS, loadSeconds, loadRecords / loadSeconds,
                vacuumSeconds, tableRows, loadAverage());

        HttpClient loggedIn = WebLogin.asNewOfficeUser(jdbc, passwordEncoder, baseUrl(), TestData.unique("bench-"));
        long areaId = stations.get(0).areaId();
        LocalDate today = LocalDate.now(CHINA);
        ReviewListTiming.Result list = new ReviewListTiming(search, jdbc)
                .measure(loggedIn, baseUrl(), areaId, today.minusDays(6), today, 5, 30);
        line("    record list, area %d, %s to %s (%,d matching): page over HTTP median %.1f ms, p95 %.1f ms;"
                + " RecordSearch.page median %.1f ms, p95 %.1f ms; load average after: %s", areaId,
                today.minusDays(6), today, list.matching(), list.httpMedian(), list.httpP95(), list.searchMedian(),
                list.searchP95(), loadAverage());
        list.plans().forEach(plan -> line("%s", plan));
    }

    private List<TestData.StationWithKey> stations(List<AreaView> areas, int count) {
        List<TestData.StationWithKey> stations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long areaId = areas.get(i % areas.size()).id();
            long unitId = testData.createUnit(areaId);
            long stationId = testData.createStation(unitId);
            var credential = testData.issue(stationId);
            stations.add(new TestData.StationWithKey(unitId, areaId, stationId, credential.keyId(),
                    credential.secret()));
        }
        return stations;
    }

    /**
     * Prints a phase's figures and returns the CPU time it used. {@code cpuBefore} is null for
     * the raw baseline, which measures its own CPU time.
     */
    private CpuMeter.Reading phase(String name, SignedApiLoad.Outcome outcome, String unit,
            CpuMeter.Reading cpuBefore) {
        line("%s: %,d records in %.1f s = %,.0f records/s; per %s p50 %.1f ms, p99 %.1f ms; %s;"
                + " load average after: %s", name, outcome.stored(), outcome.elapsedNanos() / 1e9,
                outcome.recordsPerSecond(), unit, outcome.latencies().percentileMillis(50),
                outcome.latencies().percentileMillis(99),
                outcome.statusCounts().isEmpty() ? "no HTTP" : "statuses " + outcome.statusCounts(), loadAverage());
        CpuMeter.Reading used = cpuBefore == null ? rawCpu : cpu.read().minus(cpuBefore);
        double perRecordMillis = used.totalSeconds() * 1000 / outcome.stored();
        line("    CPU time: JVM %.1f s + PostgreSQL %.1f s = %.3f ms per record; with %d cores to itself and no"
                + " waiting that would allow at most %,.0f records/s (an estimate)", used.jvmSeconds(),
                used.postgresSeconds(), perRecordMillis, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors() * 1000 / perRecordMillis);
        return used;
    }

    /** Returns the 1, 5 and 15 minute load averages of Linux, which count other processes on the machine too. */
    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private void line(String format, Object... args) {
        String text = String.format(format, args);
        System.out.println(text);
        report.add(text);
    }

    private void writeReport() throws Exception {
        Path file = Path.of("target", "benchmark", "ingestion.txt");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardCharsets.UTF_8);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static byte[] json(Object value) {
        return SampleRecords.json(value).getBytes(StandardCharsets.UTF_8);
    }

    private static long createdOne(KeepAliveConnection.Response response) {
        return response.status() == 201 ? 1 : 0;
    }

    private static long createdInBatch(KeepAliveConnection.Response response) {
        Matcher created = CREATED.matcher(response.body());
        return created.find() ? Long.parseLong(created.group(1)) : 0;
    }
}

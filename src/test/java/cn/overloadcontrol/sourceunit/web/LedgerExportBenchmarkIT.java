package cn.overloadcontrol.sourceunit.web;

import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.overloadcontrol.support.WebLogin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports 100,000 units over real HTTP and samples the heap while the file streams. It adds
 * 100,000 rows to the test database, so it runs only on request:
 * {@code ./mvnw -B verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LedgerExportBenchmarkIT -Dbenchmark=true -DargLine=-Xmx96m}.
 * On the 2-core build machine with a 96 MB heap it took about 8 s for a 7.3 MB file, with the
 * used heap peaking near 80 MB over a 48 MB baseline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class LedgerExportBenchmarkIT {

    private static final int UNITS = 100_000;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void exports100kUnitsWithFlatHeap() throws Exception {
        String marker = uniqueMarker();
        insertUnits(marker);
        HttpClient client = logInAsOffice(marker);

        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long started = System.nanoTime();
        HttpResponse<InputStream> response = client.send(
                HttpRequest.newBuilder(URI.create(url("/units/export.xlsx?keyword=" + marker))).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        long bytes = drain(response.body());
        long millis = (System.nanoTime() - started) / 1_000_000;
        sampler.stop();

        System.out.printf("Exported %d units: %d bytes in %d ms; heap baseline %d MB, peak %d MB, max %d MB%n",
                UNITS, bytes, millis, sampler.baseline >> 20, sampler.peak.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(bytes).isGreaterThan(5_000_000);
        File[] leftovers = new File(System.getProperty("java.io.tmpdir"), "poifiles")
                .listFiles((dir, name) -> name.startsWith("poi-sxssf-sheet"));
        assertThat(leftovers == null ? 0 : leftovers.length).isZero();
    }

    private void insertUnits(String marker) {
        Long area = jdbc.queryForObject("select id from area where code = '140581101'", Long.class);
        Long type = jdbc.queryForObject("select id from unit_dictionary where code = 'COAL_MINE'", Long.class);
        // Credit codes 'Z' + 17 digits: unique, and outside the GB 32100 character set of real codes.
        jdbc.update("""
                insert into source_unit (name, credit_code, unit_type_id, area_id, address, legal_representative,
                                         safety_contact, safety_contact_phone, annual_throughput, transport_routes,
                                         supervisor_name, supervisor_department, supervisor_office_phone,
                                         supervisor_mobile)
                select ? || '单位' || g, 'Z' || lpad(g::text, 17, '0'), ?, ?, '高平市米山镇某村' || g || '号',
                       '法人' || g, '安全员', '13912345678', 100.5, 'G207 → 晋城', '王监管', '米山镇人民政府',
                       '0356-5221234', '13812341234'
                from generate_series(1, ?) g
                """, marker, type, area, UNITS);
    }

    private HttpClient logInAsOffice(String marker) throws Exception {
        return WebLogin.asNewOfficeUser(jdbc, passwordEncoder, url(""), "benchmark-" + marker);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static long drain(InputStream in) throws Exception {
        long total = 0;
        try (in) {
            byte[] buffer = new byte[65_536];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                total += read;
            }
        }
        return total;
    }

    /** Samples the used heap every 20 ms; the peak includes garbage not yet collected. */
    private static final class HeapSampler {
        final AtomicLong peak = new AtomicLong();
        final AtomicBoolean running = new AtomicBoolean(true);
        long baseline;
        Thread thread;

        void start() {
            System.gc();
            baseline = used();
            thread = new Thread(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(used(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        private static long used() {
            Runtime runtime = Runtime.getRuntime();
            return runtime.totalMemory() - runtime.freeMemory();
        }
    }
}

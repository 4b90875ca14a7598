package cn.overloadcontrol.weighing.ingest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import cn.overloadcontrol.common.security.DataScope;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times the first page of the record list filtered by area and a date range: the whole page over
 * HTTP as a logged-in user sees it, and {@link RecordSearch#page} alone. Both are repeated after
 * a warm-up, and the plans of the two statements behind the page are printed.
 */
final class ReviewListTiming {

    /** Median and 95th percentile in milliseconds over the timed runs. */
    record Result(double httpMedian, double httpP95, double searchMedian, double searchP95, long matching,
            List<String> plans) {
    }

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final RecordSearch search;
    private final JdbcTemplate jdbc;

    ReviewListTiming(RecordSearch search, JdbcTemplate jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    Result measure(HttpClient loggedIn, String baseUrl, long areaId, LocalDate from, LocalDate to, int warmUps,
            int runs) throws Exception {
        URI page = URI.create(baseUrl + "/weighings?areaId=" + areaId + "&from=" + from + "&to=" + to);
        RecordFilter filter = new RecordFilter();
        filter.setAreaId(areaId);
        filter.setFrom(from);
        filter.setTo(to);

        for (int i = 0; i < warmUps; i++) {
            fetch(loggedIn, page);
            search.page(filter, DataScope.ALL, PageRequest.of(0, 50));
        }
        Latencies http = new Latencies(runs);
        Latencies direct = new Latencies(runs);
        long matching = 0;
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            fetch(loggedIn, page);
            http.add(System.nanoTime() - started);

            started = System.nanoTime();
            matching = search.page(filter, DataScope.ALL, PageRequest.of(0, 50)).getTotalElements();
            direct.add(System.nanoTime() - started);
        }
        return new Result(http.percentileMillis(50), http.percentileMillis(95), direct.percentileMillis(50),
                direct.percentileMillis(95), matching, plans(areaId, from, to));
    }

    private static void fetch(HttpClient client, URI page) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(page).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + page + " returned " + response.statusCode());
        }
    }

    /**
     * Returns EXPLAIN ANALYZE of the count and the page query, written the way
     * {@link RecordSearch} builds them for an office user with these filters.
     */
    private List<String> plans(long areaId, LocalDate from, LocalDate to) {
        Timestamp start = Timestamp.from(from.atStartOfDay(CHINA).toInstant());
        Timestamp end = Timestamp.from(to.plusDays(1).atStartOfDay(CHINA).toInstant());
        String where = " where true and r.area_id = ? and r.weighed_at >= ? and r.weighed_at < ?";
        String count = String.join("\n", jdbc.queryForList("explain (analyze, buffers) select count(*)"
                + " from weighing_record r" + where, String.class, areaId, start, end));
        // Like RecordSearch.page, the page query joins each record's latest revision.
        String rows = String.join("\n", jdbc.queryForList("explain (analyze, buffers) select "
                + RevisionColumns.SELECT_WITH_LATEST + " from weighing_record r" + RevisionColumns.LATEST_JOIN + where
                + " order by r.weighed_at desc, r.id desc limit 50 offset 0", String.class, areaId, start, end));
        return List.of(count, rows);
    }
}

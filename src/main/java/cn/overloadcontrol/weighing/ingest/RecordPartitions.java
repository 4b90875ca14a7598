package cn.overloadcontrol.weighing.ingest;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the monthly partitions of {@code weighing_record} (months in China time) before
 * records arrive for them: at startup, before the web server accepts requests, and daily.
 * Several app instances may run this at once, so an advisory lock makes them take turns.
 */
@Component
class RecordPartitions implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(RecordPartitions.class);
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyy_MM");
    /** Names the advisory lock that serializes partition creation across instances; any fixed number works. */
    private static final long ADVISORY_LOCK_KEY = 0x5745_4947_4850_4152L;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int monthsAhead;

    RecordPartitions(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, WeighingProperties properties) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.monthsAhead = properties.partitionsAhead();
    }

    @Override
    public void afterPropertiesSet() {
        ensureAroundNow();
    }

    /** Keeps partitions from last month to {@code monthsAhead} months ahead. */
    @Scheduled(cron = "${app.weighing.partition-cron:0 17 3 * * *}", zone = "Asia/Shanghai")
    void ensureAroundNow() {
        YearMonth current = YearMonth.now(CHINA);
        List<String> created = ensure(current.minusMonths(1), current.plusMonths(monthsAhead));
        if (!created.isEmpty()) {
            log.info("Created weighing record partitions {}", created);
        }
    }

    /**
     * Creates the partitions of the months from {@code first} to {@code last} that do not exist.
     * A month whose records already went to the default partition is skipped with a warning,
     * because PostgreSQL cannot attach a partition that the default partition overlaps.
     *
     * @return the names of the partitions created
     */
    List<String> ensure(YearMonth first, YearMonth last) {
        List<String> created = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, ADVISORY_LOCK_KEY);
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                if (create(month)) {
                    created.add(partitionName(month));
                }
            }
        });
        return created;
    }

    static String partitionName(YearMonth month) {
        return "weighing_record_" + month.format(SUFFIX);
    }

    private boolean create(YearMonth month) {
        String name = partitionName(month);
        Boolean exists = jdbc.queryForObject("select to_regclass(?) is not null", Boolean.class, name);
        if (Boolean.TRUE.equals(exists)) {
            return false;
        }
        String from = boundary(month.atDay(1));
        String to = boundary(month.plusMonths(1).atDay(1));
        Boolean inDefault = jdbc.queryForObject("""
                select exists (select 1 from weighing_record_default
                                where weighed_at >= cast(? as timestamptz) and weighed_at < cast(? as timestamptz))
                """, Boolean.class, from, to);
        if (Boolean.TRUE.equals(inDefault)) {
            // NOTE: moving such rows needs the append-only trigger lifted; left to an operator.
            log.warn("Not creating partition {}: records of that month are already in weighing_record_default",
                    name);
            return false;
        }
        // Names and bounds come from a YearMonth, never from input, so formatting them is safe.
        jdbc.execute("create table " + name + " partition of weighing_record for values from ('" + from
                + "') to ('" + to + "')");
        return true;
    }

    private static String boundary(LocalDate day) {
        return ZonedDateTime.of(day.atStartOfDay(), CHINA).toOffsetDateTime().toString();
    }
}

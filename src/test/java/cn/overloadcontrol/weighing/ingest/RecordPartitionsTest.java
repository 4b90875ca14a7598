package cn.overloadcontrol.weighing.ingest;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import cn.overloadcontrol.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Monthly partitions of weighing_record are created ahead and at startup. */
@IntegrationTest
class RecordPartitionsTest {

    @Autowired
    RecordPartitions partitions;
    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    /** Returns the partition bounds as PostgreSQL prints them in China time, or null for no such partition. */
    private String bounds(String partition) {
        return new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.execute("set local time zone 'Asia/Shanghai'");
            return jdbc.queryForList("""
                    select pg_get_expr(c.relpartbound, c.oid) from pg_class c
                      join pg_inherits i on i.inhrelid = c.oid
                     where i.inhparent = 'weighing_record'::regclass and c.relname = ?
                    """, String.class, partition).stream().findFirst().orElse(null);
        });
    }

    @Test
    void startupCreatedCurrentAndNextMonths() {
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Shanghai"));

        for (YearMonth month = current.minusMonths(1); !month.isAfter(current.plusMonths(3));
                month = month.plusMonths(1)) {
            assertThat(bounds(RecordPartitions.partitionName(month))).as(month.toString()).isNotNull();
        }
    }

    @Test
    void createsMissingMonthsWithChinaTimeBounds() {
        List<String> created = partitions.ensure(YearMonth.of(2031, 1), YearMonth.of(2031, 2));
        List<String> again = partitions.ensure(YearMonth.of(2031, 1), YearMonth.of(2031, 2));

        assertThat(created).containsExactly("weighing_record_2031_01", "weighing_record_2031_02");
        assertThat(again).isEmpty();
        assertThat(bounds("weighing_record_2031_01"))
                .isEqualTo("FOR VALUES FROM ('2031-01-01 00:00:00+08') TO ('2031-02-01 00:00:00+08')");
    }

    @Test
    void defaultPartitionCatchesEverythingElse() {
        assertThat(bounds("weighing_record_default")).isEqualTo("DEFAULT");
    }
}

package cn.overloadcontrol.weighing.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static cn.overloadcontrol.support.ApiSigner.signedPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hash chain of a station's records detects deleted and edited rows. */
@IntegrationTest
class ChainVerifierTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    PlatformTransactionManager transactionManager;

    TestData.StationWithKey station;
    List<Long> ids;

    @BeforeEach
    void storeFourRecords() throws Exception {
        station = data.stationWithKey();
        for (int i = 0; i < 4; i++) {
            String json = SampleRecords.json(SampleRecords.sixAxle(TestData.unique("CHAIN-")));
            mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), json))
                    .andExpect(status().isCreated());
        }
        ids = new ArrayList<>(jdbc.queryForList(
                "select id from weighing_record where station_id = ? order by chain_seq", Long.class,
                station.stationId()));
    }

    /**
     * Runs SQL past the append-only trigger: replica mode skips ordinary triggers for this
     * transaction only, as a person with superuser rights could.
     */
    private void tamper(String sql, Object... args) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.update(sql, args);
        });
    }

    @Test
    void untouchedChainIsIntact() {
        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.intact()).isTrue();
        assertThat(report.recordsChecked()).isEqualTo(4);
    }

    @Test
    void deletedRowBreaksTheNextLink() {
        tamper("delete from weighing_record where id = ?", ids.get(1));

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.intact()).isFalse();
        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.RECORD_MISSING);
        assertThat(report.firstBreak().recordId()).isEqualTo(ids.get(2));
        assertThat(report.firstBreak().chainSeq()).isEqualTo(3);
    }

    @Test
    void editedWeightIsContentChange() {
        tamper("update weighing_record set gross_kg = 48000 where id = ?", ids.get(1));

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.CONTENT_CHANGED);
        assertThat(report.firstBreak().recordId()).isEqualTo(ids.get(1));
    }

    @Test
    void editedVerdictIsHashMismatch() {
        tamper("update weighing_record set verdict = 'COMPLIANT', excess_kg = 0 where id = ?", ids.get(2));

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.HASH_MISMATCH);
        assertThat(report.firstBreak().recordId()).isEqualTo(ids.get(2));
    }

    @Test
    void deletedNewestRowIsMissingTail() {
        tamper("delete from weighing_record where id = ?", ids.get(3));

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.firstBreak().kind()).isEqualTo(ChainCheckReport.Kind.TAIL_MISSING);
        assertThat(report.firstBreak().chainSeq()).isEqualTo(4);
    }

    @Test
    void storedRecordsCannotBeUpdatedOrDeleted() {
        assertThatThrownBy(() -> jdbc.update("update weighing_record set gross_kg = 1 where id = ?", ids.get(0)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from weighing_record where id = ?", ids.get(0)))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void concurrentRecordsKeepOneUnbrokenChain() throws Exception {
        int threads = 10;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> statuses = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String json = SampleRecords.json(SampleRecords.sixAxle(TestData.unique("PAR-")));
            statuses.add(pool.submit(() -> {
                start.await();
                return mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), json))
                        .andReturn().getResponse().getStatus();
            }));
        }
        start.countDown();
        for (Future<Integer> status : statuses) {
            assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(201);
        }
        pool.shutdown();

        ChainCheckReport report = verifier.check(station.stationId());

        assertThat(report.intact()).isTrue();
        assertThat(report.recordsChecked()).isEqualTo(4 + threads);
        assertThat(jdbc.queryForList("select chain_seq from weighing_record where station_id = ? order by chain_seq",
                Long.class, station.stationId())).containsExactlyElementsOf(
                        LongStream.rangeClosed(1, 4 + threads).boxed().toList());
    }

    @Test
    void resendOfDeletedRecordAnswersJsonError() throws Exception {
        String json = SampleRecords.json(SampleRecords.sixAxle(TestData.unique("GONE-")));
        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), json))
                .andExpect(status().isCreated());
        tamper("delete from weighing_record where station_id = ? and chain_seq = 5", station.stationId());

        mvc.perform(signedPost("/api/v1/weighings", station.keyId(), station.secret(), json))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value("internal_error"));
    }
}

package cn.overloadcontrol.upstream.send;

import java.time.Duration;

import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.upstream.StandInPlatform;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.target.TargetStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scheduled sender, as it runs in the app: a record posted to the API arrives at the
 * stand-in within seconds without any test calling the sender. The context is closed after the
 * class, so its scheduler never races the other upload tests.
 */
@SpringBootTest(properties = {"app.upstream.sender-enabled=true", "app.upstream.initial-delay=0s",
        "app.upstream.interval=200ms"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ScheduledDeliveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetStore targets;

    @Test
    void postedRecordArrivesWithinSeconds() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        try (StandInPlatform platform = new StandInPlatform()) {
            long targetId = targets.insert(new TestTargets(platform.baseUrl()).settings(), null);
            try {
                long recordId = RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("SCH-")));
                String key = jdbc.queryForObject(
                        "select idempotency_key::text from upstream_task where target_id = ? and record_id = ?",
                        String.class, targetId, recordId);
                long started = System.nanoTime();

                String status = "PENDING";
                while (!status.equals("DELIVERED") && System.nanoTime() - started < Duration.ofSeconds(10).toNanos()) {
                    Thread.sleep(50);
                    status = jdbc.queryForObject("select status from upstream_task where target_id = ? and record_id = ?",
                            String.class, targetId, recordId);
                }

                assertThat(status).isEqualTo("DELIVERED");
                assertThat(platform.storedCount(key)).isEqualTo(1);
            } finally {
                jdbc.update("update upstream_target set enabled = false where id = ?", targetId);
            }
        }
    }
}

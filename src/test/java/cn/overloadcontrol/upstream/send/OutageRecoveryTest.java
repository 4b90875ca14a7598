package cn.overloadcontrol.upstream.send;

import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.upstream.StandInPlatform;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.status.BacklogAlerts;
import cn.overloadcontrol.upstream.status.TargetStatus;
import cn.overloadcontrol.upstream.status.UploadStatusQueries;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance journey: records arrive at a local stand-in; while the stand-in is down a
 * backlog builds and raises the alert; once it is back the backlog drains with every record
 * stored exactly once. Ten minutes of outage are simulated by moving the tasks' creation time
 * back, and the breaker's wait by resetting it, so the test takes seconds.
 */
@IntegrationTest
class OutageRecoveryTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetStore targets;
    @Autowired
    UploadSender sender;
    @Autowired
    CircuitBreakers breakers;
    @Autowired
    UploadStatusQueries status;
    @Autowired
    BacklogAlerts alerts;

    @Test
    void backlogDrainsAfterOutage() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        try (StandInPlatform platform = new StandInPlatform()) {
            TestTargets settings = new TestTargets(platform.baseUrl());
            settings.breakerThreshold = 3;
            long targetId = targets.insert(settings.settings(), null);
            try {
                UploadTarget target = targets.find(targetId).orElseThrow();
                RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("OUT-")));
                assertThat(sender.sendTarget(target)).as("arrives while the stand-in is up").isEqualTo(1);

                platform.setDown(true);
                List<Long> during = new ArrayList<>();
                for (int i = 0; i < 12; i++) {
                    during.add(RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("OUT-"))));
                    sender.sendTarget(target);
                }
                assertThat(breakers.state(targetId)).isEqualTo(CircuitBreakers.State.OPEN);
                jdbc.update("""
                        update upstream_task set created_at = created_at - interval '11 minutes'
                         where target_id = ? and status = 'PENDING'
                        """, targetId);
                TargetStatus late = status.status(target);
                assertThat(late.backlog()).isEqualTo(12);
                assertThat(late.alert()).isTrue();
                assertThat(alerts.health().getStatus().getCode()).isEqualTo("BACKLOG");

                platform.setDown(false);
                breakers.reset(targetId);
                jdbc.update("update upstream_task set due_at = now() where target_id = ? and status = 'PENDING'",
                        targetId);
                sender.sendTarget(target);

                TargetStatus drained = status.status(target);
                assertThat(drained.backlog()).isZero();
                assertThat(drained.alert()).isFalse();
                List<String> keys = jdbc.queryForList(
                        "select idempotency_key::text from upstream_task where target_id = ? and status = 'DELIVERED'",
                        String.class, targetId);
                assertThat(keys).hasSize(13);
                keys.forEach(key -> assertThat(platform.storedItems().stream()
                        .filter(item -> key.equals(item.get("idempotencyKey").asString())))
                        .as("stored copies of " + key).hasSize(1));
            } finally {
                jdbc.update("update upstream_target set enabled = false where id = ?", targetId);
            }
        }
    }
}

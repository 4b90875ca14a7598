package cn.overloadcontrol.upstream.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The backfill of records stored before a target was enabled, from the target page. Targets
 * point at a closed loopback port, since nothing here sends.
 */
@IntegrationTest
class BackfillScreensTest {

    private static final String CLOSED_PORT = "http://127.0.0.1:9";
    private static final String TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F',
        'I', 'F', 0x00, 3};

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetStore targets;

    final List<Long> createdTargets = new ArrayList<>();

    @AfterEach
    void disableTargets() {
        createdTargets.forEach(id -> jdbc.update("update upstream_target set enabled = false where id = ?", id));
    }

    @Test
    void recordsBeforeEnablingQueuedOnce() throws Exception {
        TestData.StationWithKey station = data.stationWithKey();
        Map<String, Object> withPhoto = SampleRecords.sixAxle(TestData.unique("BF-"));
        withPhoto.put("media", List.of(Map.of("kind", "FRONT_PLATE", "content",
                Base64.getEncoder().encodeToString(JPEG))));
        long first = RecordSender.send(mvc, station, withPhoto);
        long second = RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("BF-")));
        UploadTarget target = target(true);
        assertThat(tasks(target, "RECORD", first, second)).as("enabled after the records were stored").isZero();

        backfill(target, TODAY, TODAY)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", org.hamcrest.Matchers.startsWith("已将 " + TODAY + " 至 "
                        + TODAY + " 的")));
        backfill(target, TODAY, TODAY).andExpect(status().is3xxRedirection());

        assertThat(tasks(target, "RECORD", first, second)).as("each record once, after two backfills").isEqualTo(2);
        assertThat(tasks(target, "MEDIA", first, second)).as("the photo of the first record").isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where object_type = 'upstream_target' and object_id = ?
                   and detail like 'backfill %'
                """, Integer.class, String.valueOf(target.id()))).isEqualTo(2);
    }

    @Test
    void disabledTargetRejected() throws Exception {
        UploadTarget target = target(false);

        backfill(target, TODAY, TODAY)
                .andExpect(flash().attribute("error", "上报平台“" + target.name() + "”：未启用，启用后才能补传"));
        assertThat(jdbc.queryForObject("select count(*) from upstream_task where target_id = ?", Integer.class,
                target.id())).isZero();
    }

    @Test
    void longRangeRejected() throws Exception {
        UploadTarget target = target(true);

        backfill(target, "2026-01-01", "2026-02-01")
                .andExpect(flash().attribute("error",
                        "补传结束日期“2026-02-01”：一次最多补传 31 天（从 2026-01-01 起算），请分段补传"));
    }

    @Test
    void badDateNamesTheField() throws Exception {
        UploadTarget target = target(true);

        backfill(target, "2026-13-01", TODAY)
                .andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("补传开始日期“2026-13-01”")));
    }

    @Test
    void formShownOnlyForEnabledTarget() throws Exception {
        UploadTarget enabled = target(true);
        UploadTarget disabled = target(false);

        mvc.perform(get("/upstream/targets/{id}", enabled.id()).with(TestPrincipal.office()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"backfill\"")));
        mvc.perform(get("/upstream/targets/{id}", disabled.id()).with(TestPrincipal.office()))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("id=\"backfill\""))));
    }

    @Test
    void auditorCannotBackfill() throws Exception {
        UploadTarget target = target(true);

        mvc.perform(post("/upstream/targets/{id}/backfill", target.id()).param("backfillFrom", TODAY)
                        .param("backfillTo", TODAY).with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private UploadTarget target(boolean enabled) {
        long id = targets.insert(new TestTargets(CLOSED_PORT).settings(), null);
        createdTargets.add(id);
        if (!enabled) {
            jdbc.update("update upstream_target set enabled = false where id = ?", id);
        }
        return targets.find(id).orElseThrow();
    }

    private org.springframework.test.web.servlet.ResultActions backfill(UploadTarget target, String from, String to)
            throws Exception {
        return mvc.perform(post("/upstream/targets/{id}/backfill", target.id()).param("backfillFrom", from)
                .param("backfillTo", to).with(TestPrincipal.office()).with(csrf()));
    }

    private int tasks(UploadTarget target, String kind, long... recordIds) {
        return jdbc.queryForObject("""
                select count(*) from upstream_task where target_id = ? and kind = ? and record_id = any(?)
                """, Integer.class, target.id(), kind, java.util.Arrays.stream(recordIds).boxed().toArray(Long[]::new));
    }
}

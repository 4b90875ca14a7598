package cn.overloadcontrol.upstream.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.RecordSender;
import cn.overloadcontrol.support.SampleRecords;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import cn.overloadcontrol.upstream.TestTargets;
import cn.overloadcontrol.upstream.status.BacklogAlerts;
import cn.overloadcontrol.upstream.status.TargetStatus;
import cn.overloadcontrol.upstream.status.TimelinessRow;
import cn.overloadcontrol.upstream.target.TargetStore;
import cn.overloadcontrol.upstream.target.UploadTarget;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The upload screens: status with the backlog alert, a target's errors and dead letters, the
 * settings form, a record's deliveries and the timeliness table. Targets point at a closed
 * loopback port, since nothing here sends.
 */
@IntegrationTest
class UploadScreensTest {

    private static final String CLOSED_PORT = "http://127.0.0.1:9";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TargetStore targets;
    @Autowired
    BacklogAlerts alerts;

    TestData.StationWithKey station;
    final List<Long> createdTargets = new ArrayList<>();

    /** One station for the class, so that the shared database does not fill up with stations. */
    static TestData.StationWithKey sharedStation;

    @BeforeEach
    void createStation() {
        if (sharedStation == null) {
            sharedStation = data.stationWithKey();
        }
        station = sharedStation;
    }

    @AfterEach
    void disableTargets() {
        createdTargets.forEach(id -> jdbc.update("update upstream_target set enabled = false where id = ?", id));
    }

    private UploadTarget target() {
        long id = targets.insert(new TestTargets(CLOSED_PORT).settings(), null);
        createdTargets.add(id);
        return targets.find(id).orElseThrow();
    }

    private long sendRecord() throws Exception {
        return RecordSender.send(mvc, station, SampleRecords.sixAxle(TestData.unique("SCR-")));
    }

    @Test
    void seededTargetsStartDisabled() {
        UploadTarget province = targets.findByCode("PROVINCE").orElseThrow();
        UploadTarget city = targets.findByCode("JINCHENG").orElseThrow();
        assertThat(province.name()).isEqualTo("省平台");
        assertThat(city.name()).isEqualTo("晋城市平台");
        assertThat(province.baseUrl()).isNull();
        assertThat(city.baseUrl()).isNull();
        for (UploadTarget seeded : List.of(province, city)) {
            assertThat(seeded.mediaPath()).as(seeded.code() + " media path").isEqualTo("/media");
            assertThat(seeded.unitPath()).as(seeded.code() + " unit-list path").isEqualTo("/units");
            assertThat(seeded.stationPath()).as(seeded.code() + " station-list path").isEqualTo("/stations");
        }
    }

    @Test
    void formExplainsEmptyPaths() throws Exception {
        UploadTarget target = target();

        mvc.perform(get("/upstream/targets/{id}/edit", target.id()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("留空则不上传照片和视频")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("留空则不上报单位名录")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("留空则不上报磅房名录")));
    }

    @Test
    void statusShowsBacklogAlert() throws Exception {
        UploadTarget target = target();
        sendRecord();
        jdbc.update("update upstream_task set created_at = now() - interval '15 minutes' where target_id = ?",
                target.id());

        MvcResult result = mvc.perform(get("/upstream").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UploadStatusController.STATUS_VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("积压告警：" + target.name())))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<TargetStatus> statuses = (List<TargetStatus>) result.getModelAndView().getModel().get("targets");
        TargetStatus status = statuses.stream().filter(s -> s.target().id() == target.id()).findFirst().orElseThrow();
        assertThat(status.backlog()).isEqualTo(1);
        assertThat(status.alert()).isTrue();
        assertThat(status.oldestPendingMinutes()).isGreaterThanOrEqualTo(14);
        assertThat(alerts.health().getStatus().getCode()).isEqualTo("BACKLOG");
        assertThat(alerts.health().getDetails()).containsKey(target.code());
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status")
                        .value("BACKLOG"));
    }

    @Test
    void freshBacklogRaisesNoAlert() throws Exception {
        UploadTarget target = target();
        sendRecord();

        MvcResult result = mvc.perform(get("/upstream").with(TestPrincipal.auditor()))
                .andExpect(status().isOk()).andReturn();

        @SuppressWarnings("unchecked")
        List<TargetStatus> statuses = (List<TargetStatus>) result.getModelAndView().getModel().get("targets");
        TargetStatus status = statuses.stream().filter(s -> s.target().id() == target.id()).findFirst().orElseThrow();
        assertThat(status.backlog()).isEqualTo(1);
        assertThat(status.alert()).isFalse();
    }

    @Test
    void townStaffCannotSeeUploads() throws Exception {
        mvc.perform(get("/upstream").with(TestPrincipal.town(station.areaId()))).andExpect(status().isForbidden());
    }

    @Test
    void targetPageListsDeadLetters() throws Exception {
        UploadTarget target = target();
        long recordId = sendRecord();
        jdbc.update("""
                update upstream_task set status = 'DEAD', attempts = 5, last_error = 'HTTP 400: bad plate'
                 where target_id = ? and record_id = ?
                """, target.id(), recordId);

        mvc.perform(get("/upstream/targets/{id}", target.id()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UploadStatusController.TARGET_VIEW))
                .andExpect(model().attribute("dead", org.hamcrest.Matchers.hasSize(1)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("HTTP 400: bad plate")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("失败告警：" + target.name())));

        assertThat(alerts.health().getStatus().getCode()).isEqualTo("BACKLOG");
        assertThat(alerts.health().getDetails()).containsEntry(target.code(), "1 dead letters");

        mvc.perform(post("/upstream/targets/{id}/dead/retry-all", target.id()).with(csrf())
                        .with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select status from upstream_task where target_id = ? and record_id = ?",
                String.class, target.id(), recordId)).isEqualTo("PENDING");
        assertThat(alerts.health().getDetails()).doesNotContainKey(target.code());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where object_type = 'upstream_target' and object_id = ?
                   and detail like 'retry all%'
                """, Integer.class, String.valueOf(target.id()))).isEqualTo(1);
    }

    @Test
    void statusMarksDeadLetters() throws Exception {
        UploadTarget target = target();
        long recordId = sendRecord();
        jdbc.update("update upstream_task set status = 'DEAD', attempts = 5 where target_id = ? and record_id = ?",
                target.id(), recordId);

        MvcResult result = mvc.perform(get("/upstream").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("失败告警：" + target.name())))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<TargetStatus> statuses = (List<TargetStatus>) result.getModelAndView().getModel().get("targets");
        TargetStatus status = statuses.stream().filter(s -> s.target().id() == target.id()).findFirst().orElseThrow();
        assertThat(status.alert()).as("no late backlog").isFalse();
        assertThat(status.deadLetterAlert()).isTrue();
        assertThat(status.anyAlert()).isTrue();
    }

    @Test
    void pauseAndResumeAreAudited() throws Exception {
        UploadTarget target = target();

        mvc.perform(post("/upstream/targets/{id}/pause", target.id()).with(csrf()).with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection());
        assertThat(targets.find(target.id()).orElseThrow().paused()).isTrue();
        assertThat(targets.find(target.id()).orElseThrow().sendable()).isFalse();
        mvc.perform(post("/upstream/targets/{id}/resume", target.id()).with(csrf()).with(TestPrincipal.office()))
                .andExpect(status().is3xxRedirection());
        assertThat(targets.find(target.id()).orElseThrow().paused()).isFalse();

        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where object_type = 'upstream_target' and object_id = ?
                   and action = 'STATUS_CHANGE'
                """, Integer.class, String.valueOf(target.id()))).isEqualTo(2);
    }

    @Test
    void auditorCannotPause() throws Exception {
        UploadTarget target = target();
        mvc.perform(post("/upstream/targets/{id}/pause", target.id()).with(csrf()).with(TestPrincipal.auditor()))
                .andExpect(status().isForbidden());
        assertThat(targets.find(target.id()).orElseThrow().paused()).isFalse();
    }

    @Test
    void formRejectsInvalidSettings() throws Exception {
        UploadTarget target = target();

        mvc.perform(post("/upstream/targets/{id}", target.id()).with(csrf()).with(TestPrincipal.office())
                        .param("version", String.valueOf(target.version()))
                        .param("name", "改名平台").param("format", "generic-json").param("enabled", "true")
                        .param("baseUrl", "").param("recordPath", "records").param("mediaMode", "SEPARATE")
                        .param("batchSize", "0").param("connectTimeoutMs", "1000").param("readTimeoutMs", "1000")
                        .param("maxAttempts", "5").param("mapping", "{\"weightUnit\":\"lb\"}")
                        .param("authKind", "HMAC_SHA256").param("appKey", "app").param("tokenTtlSeconds", "3600")
                        .param("breakerThreshold", "5").param("breakerOpenSeconds", "60")
                        .param("alertAfterMinutes", "10"))
                .andExpect(status().isOk())
                .andExpect(view().name(TargetFormController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "baseUrl",
                        "problem.upstream.base_url_required_when_enabled"))
                .andExpect(model().attributeHasFieldErrorCode("form", "recordPath", "problem.upstream.path_invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "batchSize", "problem.number.out_of_range"))
                .andExpect(model().attributeHasFieldErrorCode("form", "mapping", "problem.upstream.mapping.weight_unit"))
                .andExpect(model().attributeHasFieldErrorCode("form", "secret", "problem.upstream.secret_required"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "字段映射中 weightUnit 的值“lb”无效，应为 kg 或 t")));
        assertThat(targets.find(target.id()).orElseThrow().name()).isEqualTo(target.name());
    }

    @Test
    void rejectedFormFlagsUnsavedSecret() throws Exception {
        UploadTarget target = target();
        String secret = "lost-secret-" + TestData.unique("s");

        String page = mvc.perform(post("/upstream/targets/{id}", target.id()).with(csrf()).with(TestPrincipal.office())
                        .param("version", String.valueOf(target.version()))
                        .param("name", target.name()).param("format", "generic-json").param("enabled", "true")
                        .param("baseUrl", "bad url").param("recordPath", "/records")
                        .param("mediaMode", "SEPARATE").param("batchSize", "20").param("connectTimeoutMs", "1000")
                        .param("readTimeoutMs", "2000").param("maxAttempts", "5").param("mapping", "{}")
                        .param("authKind", "HMAC_SHA256").param("appKey", "app").param("secret", secret)
                        .param("tokenTtlSeconds", "3600").param("breakerThreshold", "5")
                        .param("breakerOpenSeconds", "60").param("alertAfterMinutes", "10"))
                .andExpect(status().isOk())
                .andExpect(view().name(TargetFormController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "baseUrl", "problem.upstream.base_url_invalid"))
                .andExpect(model().attributeHasFieldErrorCode("form", "secret", "upstream.form.secretNotSaved"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("密钥未保存").doesNotContain(secret);
        assertThat(targets.find(target.id()).orElseThrow().secretCiphertext()).isNull();
    }

    @Test
    void typeErrorKeepsOtherErrors() throws Exception {
        UploadTarget target = target();

        mvc.perform(post("/upstream/targets/{id}", target.id()).with(csrf()).with(TestPrincipal.office())
                        .param("version", String.valueOf(target.version()))
                        .param("name", target.name()).param("format", "generic-json").param("enabled", "true")
                        .param("baseUrl", "http://127.0.0.1:9").param("recordPath", "/records")
                        .param("mediaMode", "SEPARATE").param("batchSize", "0").param("connectTimeoutMs", "abc")
                        .param("readTimeoutMs", "2000").param("maxAttempts", "5").param("mapping", "{\"weightUnit\":")
                        .param("authKind", "NONE").param("tokenTtlSeconds", "3600").param("breakerThreshold", "5")
                        .param("breakerOpenSeconds", "60").param("alertAfterMinutes", "10"))
                .andExpect(status().isOk())
                .andExpect(view().name(TargetFormController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("form", "connectTimeoutMs", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "batchSize", "problem.number.out_of_range"))
                .andExpect(model().attributeHasFieldErrorCode("form", "mapping", "problem.upstream.mapping.json_syntax"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("不是有效的 JSON：第 1 行")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("应填写整数毫秒数，如 5000")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("end-of-input"))));
    }

    @Test
    void formStoresSecretEncrypted() throws Exception {
        UploadTarget target = target();
        String secret = "top-secret-" + TestData.unique("s");

        mvc.perform(post("/upstream/targets/{id}", target.id()).with(csrf()).with(TestPrincipal.office())
                        .param("version", String.valueOf(target.version()))
                        .param("name", target.name()).param("format", "generic-json").param("enabled", "true")
                        .param("baseUrl", "http://127.0.0.1:9/api").param("recordPath", "/records")
                        .param("mediaMode", "INLINE").param("batchSize", "20").param("connectTimeoutMs", "1000")
                        .param("readTimeoutMs", "2000").param("maxAttempts", "5")
                        .param("mapping", "{\"weightUnit\":\"t\"}").param("authKind", "SM3").param("appKey", "app")
                        .param("secret", secret).param("tokenTtlSeconds", "3600").param("breakerThreshold", "5")
                        .param("breakerOpenSeconds", "60").param("alertAfterMinutes", "15"))
                .andExpect(status().is3xxRedirection());

        UploadTarget saved = targets.find(target.id()).orElseThrow();
        assertThat(saved.mediaMode().name()).isEqualTo("INLINE");
        assertThat(saved.alertAfter().toMinutes()).isEqualTo(15);
        assertThat(saved.mapping().weightUnit()).isEqualTo("t");
        assertThat(saved.secretCiphertext()).startsWith("v1:").doesNotContain(secret);
        assertThat(targets.secret(saved)).contains(secret);
        String page = mvc.perform(get("/upstream/targets/{id}/edit", target.id()).with(TestPrincipal.office()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain(secret).contains("已保存，留空则不修改");
        String changes = jdbc.queryForObject("""
                select changes::text from audit_log where object_type = 'upstream_target' and object_id = ?
                   and action = 'UPDATE' order by id desc limit 1
                """, String.class, String.valueOf(target.id()));
        assertThat(changes).contains("(changed)").doesNotContain(secret);
    }

    @Test
    void recordDetailLoadsDeliveries() throws Exception {
        UploadTarget target = target();
        long recordId = sendRecord();

        mvc.perform(get("/weighings/{id}", recordId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "/upstream/records/" + recordId + "/deliveries")));
        mvc.perform(get("/upstream/records/{id}/deliveries", recordId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(RecordDeliveriesController.VIEW))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(target.name())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("待上报")));
        long otherArea = data.areas().stream().filter(area -> area.id() != station.areaId()).findFirst()
                .orElseThrow().id();
        mvc.perform(get("/upstream/records/{id}/deliveries", recordId).with(TestPrincipal.town(otherArea)))
                .andExpect(status().isNotFound());
    }

    @Test
    void recordBeforeEnablingSaysSo() throws Exception {
        long recordId = sendRecord();
        UploadTarget target = target();

        mvc.perform(get("/upstream/records/{id}/deliveries", recordId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(RecordDeliveriesController.VIEW))
                .andExpect(model().attribute("enabledWithoutTask", org.hamcrest.Matchers.hasItem(target.name())))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        target.name() + "：无上报任务。该记录保存时此平台尚未启用")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("没有启用的上报平台"))));
    }

    @Test
    void signTemplateHelpShowsNewlineToken() throws Exception {
        UploadTarget target = target();

        mvc.perform(get("/upstream/targets/{id}/edit", target.id()).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("{bodySm3}，\\n 表示换行")));
    }

    @Test
    void timelinessComputesPercentiles() throws Exception {
        UploadTarget target = target();
        int[] delaysSeconds = {10, 20, 400};
        for (int delay : delaysSeconds) {
            long recordId = sendRecord();
            jdbc.update("""
                    update upstream_task set status = 'DELIVERED', delivered_at = weighed_at + ? * interval '1 second'
                     where target_id = ? and record_id = ?
                    """, delay, target.id(), recordId);
        }
        sendRecord();

        MvcResult result = mvc.perform(get("/upstream/timeliness").param("targetId", String.valueOf(target.id()))
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(TimelinessController.VIEW))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<TimelinessRow> rows = (List<TimelinessRow>) result.getModelAndView().getModel().get("rows");
        assertThat(rows).hasSize(1);
        TimelinessRow row = rows.get(0);
        assertThat(row.unitId()).isEqualTo(station.unitId());
        assertThat(row.records()).isEqualTo(4);
        assertThat(row.delivered()).isEqualTo(3);
        assertThat(row.p50Seconds()).isEqualByComparingTo("20.0");
        assertThat(row.p95Seconds()).as("20 + 0.9 × (400 − 20)").isEqualByComparingTo("362.0");
        assertThat(row.withinFiveMinutesPercent()).as("2 of 4 records").isEqualByComparingTo(new BigDecimal("50.0"));

        mvc.perform(get("/upstream/timeliness.xlsx").param("targetId", String.valueOf(target.id()))
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_log where object_type = 'upstream_timeliness' and action = 'EXPORT'
                """, Integer.class)).isPositive();
    }
}

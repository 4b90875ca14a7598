package cn.overloadcontrol.acceptance;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestData;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Scheduling, automatic items on prepared data, manual items, conclusion, rectification and re-inspection. */
@IntegrationTest
class AcceptanceFlowTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    PreparedUnits prepared;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    Inspections inspections;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void automaticItemsPassOnReadyUnit() throws Exception {
        TestData.StationWithKey station = prepared.ready(mvc);
        AcceptanceView acceptance = scheduleAndEvaluate(station.unitId());

        assertThat(item(acceptance, "SCALE_VERIFIED").outcome()).isEqualTo(ItemOutcome.PASSED);
        assertThat(item(acceptance, "SCALE_VERIFIED").measured()).isEqualTo("在用地磅 1 台，检定证书有效 1 台");
        assertThat(item(acceptance, "RECORDS_ARRIVE").outcome()).isEqualTo(ItemOutcome.PASSED);
        assertThat(item(acceptance, "RECORDS_ARRIVE").measured()).isEqualTo("测试期内收到称重记录 2 条，其中带照片 2 条");
        assertThat(item(acceptance, "PHOTO_COMPLETENESS").outcome()).isEqualTo(ItemOutcome.PASSED);
        assertThat(item(acceptance, "PHOTO_COMPLETENESS").measured()).startsWith("照片完整率 100.00%");
        assertThat(item(acceptance, "PLANS_FILED").outcome()).isEqualTo(ItemOutcome.PASSED);
        assertThat(item(acceptance, "COUNT_MATCH").outcome()).isEqualTo(ItemOutcome.TO_REVIEW);
        assertThat(item(acceptance, "COUNT_MATCH").measured()).isEqualTo("无数据（站点未上报）");
        assertThat(item(acceptance, "ONLINE_RATE").outcome()).isEqualTo(ItemOutcome.TO_REVIEW);
        assertThat(acceptance.periodTo()).isAfter(acceptance.periodFrom().plusDays(6));
        assertThat(acceptance.items().stream().filter(i -> !i.automatic()))
                .allSatisfy(i -> assertThat(i.outcome()).isEqualTo(ItemOutcome.OPEN));
    }

    @Test
    void automaticItemsFailOnBareUnit() throws Exception {
        TestData.StationWithKey station = prepared.bare(mvc);
        AcceptanceView acceptance = scheduleAndEvaluate(station.unitId());

        assertThat(item(acceptance, "SCALE_VERIFIED").outcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(item(acceptance, "RECORDS_ARRIVE").outcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(item(acceptance, "RECORDS_ARRIVE").measured()).isEqualTo("测试期内收到称重记录 1 条，其中带照片 0 条");
        assertThat(item(acceptance, "PHOTO_COMPLETENESS").outcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(item(acceptance, "PHOTO_COMPLETENESS").measured()).isEqualTo("照片完整率 0.00%（0/1），要求不低于 95%");
        assertThat(item(acceptance, "PLANS_FILED").outcome()).isEqualTo(ItemOutcome.FAILED);
        assertThat(item(acceptance, "PLANS_FILED").measured()).isEqualTo("应急处置预案未上传，维保安排未登记");
    }

    @Test
    void automaticItemAcceptsHandResultOnlyWhenToReview() throws Exception {
        TestData.StationWithKey station = prepared.bare(mvc);
        AcceptanceView acceptance = scheduleAndEvaluate(station.unitId());
        long failedAutomatic = item(acceptance, "SCALE_VERIFIED").id();
        long toReview = item(acceptance, "COUNT_MATCH").id();

        assertThatThrownBy(() -> data.asOffice(() -> inspections.record(acceptance.id(), failedAutomatic,
                ItemOutcome.PASSED, "看过了")))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("acceptance.item_automatic"));
        assertThatThrownBy(() -> data.asOffice(() -> inspections.record(acceptance.id(), toReview,
                ItemOutcome.PASSED, null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("acceptance.notes_required"));

        data.asOffice(() -> inspections.record(acceptance.id(), toReview, ItemOutcome.PASSED,
                "现场核对磅房软件 7 日记录 1 条，与平台一致"));
        data.asOffice(() -> inspections.evaluate(acceptance.id(), load(acceptance.id()).version()));
        AcceptanceItemView kept = item(load(acceptance.id()), "COUNT_MATCH");
        assertThat(kept.outcome()).isEqualTo(ItemOutcome.PASSED);
        assertThat(kept.recordedBy()).isEqualTo("test-office");
    }

    @Test
    void failedAcceptanceRectifiedByReinspection() throws Exception {
        TestData.StationWithKey station = prepared.ready(mvc);
        AcceptanceView acceptance = scheduleAndEvaluate(station.unitId());
        long id = acceptance.id();

        mvc.perform(post("/acceptances/{id}/conclude", id).with(TestPrincipal.office()).with(csrf())
                        .param("version", Long.toString(load(id).version())))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.startsWith("检查项：还有 ")))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("未记录合格或不合格")));

        recordAllOpen(id, i -> i.title().startsWith("视频监控"));
        AcceptanceItemView camera = load(id).items().stream().filter(i -> i.title().startsWith("视频监控"))
                .findFirst().orElseThrow();
        assertThat(camera.outcome()).isEqualTo(ItemOutcome.FAILED);

        mvc.perform(post("/acceptances/{id}/conclude", id).with(TestPrincipal.office()).with(csrf())
                        .param("version", Long.toString(load(id).version())))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("整改期限：有不合格项时须填写整改期限")));
        mvc.perform(post("/acceptances/{id}/conclude", id).with(TestPrincipal.office()).with(csrf())
                        .param("version", Long.toString(load(id).version())).param("deadline", TODAY.toString()))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString("整改期限须晚于今天")));
        mvc.perform(post("/acceptances/{id}/conclude", id).with(TestPrincipal.office()).with(csrf())
                        .param("version", Long.toString(load(id).version())).param("deadline", "9999-12-31"))
                .andExpect(flash().attribute("error", org.hamcrest.Matchers.containsString(
                        "整改期限“9999-12-31”：日期应在 2000-01-01 到 ")));
        mvc.perform(post("/acceptances/{id}/conclude", id).with(TestPrincipal.office()).with(csrf())
                        .param("version", Long.toString(load(id).version()))
                        .param("deadline", TODAY.plusDays(15).toString()).param("conclusionNotes", "摄像机待调整"))
                .andExpect(flash().attribute("success", "验收结论：不合格，已生成整改任务。"));

        AcceptanceView failed = load(id);
        assertThat(failed.status()).isEqualTo(AcceptanceStatus.FAILED);
        assertThat(failed.rectifications()).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo(camera.title());
            assertThat(task.requirement()).isEqualTo("货物摄像机角度偏，看不到车厢");
            assertThat(task.deadline()).isEqualTo(TODAY.plusDays(15));
            assertThat(task.status()).isEqualTo(RectificationStatus.OPEN);
        });
        assertThatThrownBy(() -> data.asOffice(() -> acceptances.schedule(station.unitId(), TODAY, "张三", null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("acceptance.needs_reinspection"));

        assertThatThrownBy(() -> data.asOffice(() -> acceptances.scheduleReinspection(id, TODAY.minusDays(1), "张三",
                null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("scheduledOn:acceptance.reinspection_before_previous"));
        long reinspection = data.asOffice(() -> acceptances.scheduleReinspection(id, TODAY.plusDays(10), "张三、李四",
                null));
        AcceptanceView second = load(reinspection);
        assertThat(second.kind()).isEqualTo(AcceptanceKind.REINSPECTION);
        assertThat(second.items()).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo(camera.title());
            assertThat(item.rectificationId()).isEqualTo(failed.rectifications().get(0).id());
        });
        recordAllOpen(reinspection, i -> false);
        AcceptanceStatus result = data.asOffice(() -> acceptances.conclude(reinspection, null, "整改完成",
                load(reinspection).version()));

        assertThat(result).isEqualTo(AcceptanceStatus.PASSED);
        RectificationView closed = load(id).rectifications().get(0);
        assertThat(closed.status()).isEqualTo(RectificationStatus.CLOSED);
        assertThat(closed.closedByAcceptanceId()).isEqualTo(reinspection);
        assertThatThrownBy(() -> data.asOffice(() -> acceptances.schedule(station.unitId(), TODAY, "张三", null)))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("acceptance.already_accepted"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'acceptance'"
                + " and object_id = ? and action = 'STATUS_CHANGE'", Long.class, Long.toString(id))).isEqualTo(1);
    }

    @Test
    void secondOpenAcceptanceIsRejected() throws Exception {
        long unitId = data.createUnit(data.areas().get(0).id());
        mvc.perform(post("/acceptances").with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("scheduledOn", TODAY.toString())
                        .param("inspectors", "张三"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/acceptances").with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("scheduledOn", TODAY.toString()))
                .andExpect(view().name("acceptance/form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unitId", "problem.acceptance.already_scheduled"))
                .andExpect(model().attributeHasFieldErrorCode("form", "inspectors", "problem.required"));
    }

    @Test
    void implausibleDatesAreRejected() throws Exception {
        long unitId = data.createUnit(data.areas().get(0).id());
        for (String date : List.of("1900-01-01", "0001-01-01", "1999-12-31", TODAY.plusYears(5).plusDays(1).toString())) {
            mvc.perform(post("/acceptances").with(TestPrincipal.office()).with(csrf())
                            .param("unitId", Long.toString(unitId)).param("scheduledOn", date)
                            .param("inspectors", "张三"))
                    .andExpect(view().name("acceptance/form"))
                    .andExpect(model().attributeHasFieldErrorCode("form", "scheduledOn", "problem.date.out_of_range"));
        }
        String body = mvc.perform(post("/acceptances").with(TestPrincipal.office()).with(csrf())
                        .param("unitId", Long.toString(unitId)).param("scheduledOn", "1900-01-01")
                        .param("inspectors", "张三"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("日期应在 2000-01-01 到 " + TODAY.plusYears(5));
        assertThat(body).contains("1900-01-01");
        assertThat(jdbc.queryForObject("select count(*) from acceptance where unit_id = ?", Long.class, unitId))
                .isZero();
    }

    @Test
    void scopeAndReadOnlyRoles() throws Exception {
        long areaId = data.areas().get(0).id();
        long otherAreaId = data.areas().get(1).id();
        long unitId = data.createUnit(areaId);
        long id = data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三", null));

        mvc.perform(get("/acceptances/{id}", id).with(TestPrincipal.town(areaId)))
                .andExpect(view().name("acceptance/detail"));
        mvc.perform(get("/acceptances/{id}", id).with(TestPrincipal.enterprise(unitId)))
                .andExpect(view().name("acceptance/detail"));
        mvc.perform(get("/acceptances/{id}", id).with(TestPrincipal.town(otherAreaId)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/acceptances/{id}/report.docx", id).with(TestPrincipal.enterprise(unitId + 100_000)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/acceptances/{id}/evaluate", id).with(TestPrincipal.auditor()).with(csrf())
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/acceptances/new").with(TestPrincipal.town(areaId)))
                .andExpect(status().isForbidden());
    }

    private AcceptanceView scheduleAndEvaluate(long unitId) {
        long id = data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三、李四", "试运行 7 天后验收"));
        data.asOffice(() -> inspections.evaluate(id, load(id).version()));
        return load(id);
    }

    /** Passes every undecided item by hand, except those matching {@code failing}, which fail. */
    private void recordAllOpen(long id, Predicate<AcceptanceItemView> failing) {
        List<AcceptanceItemView> items = load(id).items();
        for (AcceptanceItemView item : items) {
            if (item.outcome().decided() && item.recordedBy() == null && item.automatic()) {
                continue;
            }
            boolean fail = failing.test(item);
            data.asOffice(() -> inspections.record(id, item.id(), fail ? ItemOutcome.FAILED : ItemOutcome.PASSED,
                    fail ? "货物摄像机角度偏，看不到车厢" : "现场检查符合要求"));
        }
    }

    private AcceptanceView load(long id) {
        return data.asOffice(() -> acceptances.view(id));
    }

    private static AcceptanceItemView item(AcceptanceView acceptance, String checkKey) {
        return acceptance.items().stream().filter(i -> checkKey.equals(i.checkKey())).findFirst().orElseThrow();
    }
}

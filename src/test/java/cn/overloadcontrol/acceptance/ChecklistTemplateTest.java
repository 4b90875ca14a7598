package cn.overloadcontrol.acceptance;

import java.time.LocalDate;
import java.time.ZoneOffset;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Editing the checklist template applies to acceptances scheduled afterwards only. */
@IntegrationTest
class ChecklistTemplateTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.ofHours(8));

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    ChecklistTemplate template;
    @Autowired
    AcceptanceService acceptances;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void defaultTemplateHasEveryAutomaticCheck() {
        assertThat(template.items()).extracting(ChecklistItemView::checkKey)
                .contains("SCALE_VERIFIED", "RECORDS_ARRIVE", "COUNT_MATCH", "ONLINE_RATE", "PHOTO_COMPLETENESS",
                        "PLANS_FILED");
        assertThat(template.items().stream().filter(item -> item.checkKey() == null).count())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    void duplicateTitleOrCheckIsRejected() {
        ChecklistItemView scaleItem = template.items().stream()
                .filter(item -> item.active() && "SCALE_VERIFIED".equals(item.checkKey())).findFirst().orElseThrow();
        int before = template.items().size();

        assertThatThrownBy(() -> data.asOffice(() -> template.add(
                new ChecklistItemFields(scaleItem.title(), null, null, 900, true))))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("title:checklist.title_duplicate"));
        assertThatThrownBy(() -> data.asOffice(() -> template.add(
                new ChecklistItemFields("重复自动项" + System.nanoTime(), null, "SCALE_VERIFIED", 900, true))))
                .isInstanceOfSatisfying(AcceptanceValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.code())
                        .containsExactly("checkKey:checklist.check_duplicate"));
        assertThat(template.items()).hasSize(before);

        long inactive = data.asOffice(() -> template.add(
                new ChecklistItemFields(scaleItem.title(), null, "SCALE_VERIFIED", 900, false)));
        assertThat(template.item(inactive).active()).isFalse();
        data.asOffice(() -> {
            template.update(scaleItem.id(), scaleItem.fields(), scaleItem.version());
            return null;
        });
    }

    @Test
    void addedItemGoesIntoLaterAcceptancesOnly() throws Exception {
        long earlier = scheduleForNewUnit();
        String title = TestData.unique("磅房防雷接地检查");

        mvc.perform(post("/acceptances/checklist").with(TestPrincipal.office()).with(csrf())
                        .param("title", title).param("guidance", "查看接地电阻检测报告").param("checkKey", "")
                        .param("sortOrder", "95").param("active", "true"))
                .andExpect(redirectedUrl("/acceptances/checklist"));
        long later = scheduleForNewUnit();

        assertThat(titles(earlier)).doesNotContain(title);
        assertThat(titles(later)).contains(title);
        long itemId = template.items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object_type = 'acceptance_checklist_item'"
                + " and object_id = ? and action = 'CREATE'", Long.class, Long.toString(itemId))).isEqualTo(1);
    }

    @Test
    void deactivatedItemIsLeftOutButKept() throws Exception {
        String title = TestData.unique("临时检查项");
        long itemId = data.asOffice(() -> template.add(new ChecklistItemFields(title, null, null, 500, true)));
        long earlier = scheduleForNewUnit();

        mvc.perform(post("/acceptances/checklist/{id}", itemId).with(TestPrincipal.office()).with(csrf())
                        .param("title", title + "（停用）").param("sortOrder", "500").param("_active", "on")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/acceptances/checklist"));
        long later = scheduleForNewUnit();

        assertThat(template.item(itemId).active()).isFalse();
        assertThat(titles(earlier)).contains(title);
        assertThat(titles(later)).doesNotContain(title, title + "（停用）");
    }

    @Test
    void invalidItemNamesFieldAndRule() throws Exception {
        mvc.perform(post("/acceptances/checklist").with(TestPrincipal.office()).with(csrf())
                        .param("title", " ").param("checkKey", "MAGIC").param("sortOrder", "-1"))
                .andExpect(status().isOk())
                .andExpect(view().name("acceptance/checklist-form"))
                .andExpect(model().attributeHasFieldErrorCode("form", "title", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("form", "checkKey", "problem.checklist.check_unknown"))
                .andExpect(model().attributeHasFieldErrorCode("form", "sortOrder", "problem.number.out_of_range"));
    }

    @Test
    void staleEditIsRejected() throws Exception {
        String title = TestData.unique("并发编辑项");
        long itemId = data.asOffice(() -> template.add(new ChecklistItemFields(title, null, null, 600, false)));
        data.asOffice(() -> template.update(itemId, new ChecklistItemFields(title + "甲", null, null, 600, false), 0));

        mvc.perform(post("/acceptances/checklist/{id}", itemId).with(TestPrincipal.office()).with(csrf())
                        .param("title", title + "乙").param("sortOrder", "600").param("version", "0"))
                .andExpect(view().name("acceptance/checklist-form"))
                .andExpect(model().attributeHasErrors("form"));
        assertThat(template.item(itemId).title()).isEqualTo(title + "甲");
    }

    @Test
    void onlyManagersEditTheTemplate() throws Exception {
        mvc.perform(get("/acceptances/checklist").with(TestPrincipal.office()))
                .andExpect(view().name("acceptance/checklist"));
        mvc.perform(get("/acceptances/checklist").with(TestPrincipal.auditor()))
                .andExpect(status().isForbidden());
    }

    private long scheduleForNewUnit() {
        long unitId = data.createUnit(data.areas().get(0).id());
        return data.asOffice(() -> acceptances.schedule(unitId, TODAY, "张三", null));
    }

    private java.util.List<String> titles(long acceptanceId) {
        return data.asOffice(() -> acceptances.view(acceptanceId)).items().stream()
                .map(AcceptanceItemView::title).toList();
    }
}

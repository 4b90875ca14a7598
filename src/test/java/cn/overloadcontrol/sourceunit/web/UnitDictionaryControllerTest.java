package cn.overloadcontrol.sourceunit.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.sourceunit.DictionaryItemView;
import cn.overloadcontrol.sourceunit.DictionaryKind;
import cn.overloadcontrol.sourceunit.UnitDictionaryService;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class UnitDictionaryControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitDictionaryService dictionaries;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listShowsBothDictionaries() throws Exception {
        MvcResult result = mvc.perform(get("/dictionaries").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDictionaryController.LIST_VIEW))
                .andReturn();

        @SuppressWarnings("unchecked")
        Map<DictionaryKind, List<DictionaryItemView>> byKind =
                (Map<DictionaryKind, List<DictionaryItemView>>) result.getModelAndView().getModel().get("dictionaries");
        assertThat(byKind).containsOnlyKeys(DictionaryKind.UNIT_TYPE, DictionaryKind.SUPERVISION_MODE);
        assertThat(byKind.get(DictionaryKind.UNIT_TYPE)).extracting(DictionaryItemView::label)
                .contains("煤矿", "洗煤厂", "焦化厂");
        assertThat(byKind.get(DictionaryKind.SUPERVISION_MODE)).extracting(DictionaryItemView::label)
                .contains("驻场监管", "联网监控");
        assertThat(result.getResponse().getContentAsString()).contains("单位类型", "监管方式", "COAL_MINE");
    }

    @Test
    void pagesForbiddenWithoutPermission() throws Exception {
        long entryId = dictionaries.add(DictionaryKind.UNIT_TYPE, null, uniqueLabel("禁改类型"));

        mvc.perform(get("/dictionaries").with(TestPrincipal.town(1L))).andExpect(status().isForbidden());
        mvc.perform(get("/dictionaries").with(TestPrincipal.auditor())).andExpect(status().isForbidden());
        mvc.perform(get("/dictionaries/new").param("kind", "UNIT_TYPE").with(TestPrincipal.enterprise(1L)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dictionaries").with(TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL))
                        .with(csrf()).param("kind", "UNIT_TYPE").param("label", uniqueLabel("越权类型")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/dictionaries/{id}/deactivate", entryId).with(TestPrincipal.town(1L)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(dictionaries.find(entryId).active()).isTrue();
    }

    @Test
    void newFormCarriesKind() throws Exception {
        MvcResult result = mvc.perform(get("/dictionaries/new").param("kind", "SUPERVISION_MODE")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDictionaryController.FORM_VIEW))
                .andReturn();

        UnitDictionaryEntryForm form = (UnitDictionaryEntryForm) result.getModelAndView().getModel()
                .get(UnitDictionaryController.FORM);
        assertThat(form.getKind()).isEqualTo(DictionaryKind.SUPERVISION_MODE);
        assertThat(result.getResponse().getContentAsString()).contains("新增监管方式");
    }

    @Test
    void addGeneratesCodeAndAudits() throws Exception {
        String label = uniqueLabel("耐火材料厂");
        int lastSortOrder = dictionaries.entries(DictionaryKind.UNIT_TYPE).stream()
                .mapToInt(DictionaryItemView::sortOrder).max().orElse(0);

        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", label).param("code", " "))
                .andExpect(redirectedUrl("/dictionaries"))
                .andExpect(flash().attribute("success", "已新增“" + label + "”。"));

        DictionaryItemView entry = findByLabel(DictionaryKind.UNIT_TYPE, label);
        assertThat(entry.code()).startsWith("CUSTOM_");
        assertThat(entry.sortOrder()).isGreaterThan(lastSortOrder);
        assertThat(entry.active()).isTrue();
        assertThat(auditActions(entry.id())).containsExactly("CREATE");
    }

    @Test
    void addNormalizesTypedCode() throws Exception {
        String label = uniqueLabel("砖厂");
        String code = "BRICK_" + ThreadLocalRandom.current().nextInt(1_000_000);

        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", label).param("code", code.toLowerCase()))
                .andExpect(redirectedUrl("/dictionaries"));

        assertThat(findByLabel(DictionaryKind.UNIT_TYPE, label).code()).isEqualTo(code);
    }

    @Test
    void labelUniqueOnlyWithinKind() throws Exception {
        String label = uniqueLabel("共用名称");

        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", label))
                .andExpect(redirectedUrl("/dictionaries"));
        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "SUPERVISION_MODE").param("label", label))
                .andExpect(redirectedUrl("/dictionaries"));
        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", label))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDictionaryController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "label",
                        "problem.dictionary.label_duplicate"));
    }

    @Test
    void addRejectsDuplicateLabelInChinese() throws Exception {
        String body = mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", "煤矿"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "label",
                        "problem.dictionary.label_duplicate"))
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("名称“煤矿”在该字典中已存在");
        assertThat(dictionaries.entries(DictionaryKind.UNIT_TYPE)).filteredOn(e -> e.label().equals("煤矿"))
                .hasSize(1);
    }

    @Test
    void addRejectsInvalidInput() throws Exception {
        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", "").param("code", "1ABC"))
                .andExpect(view().name(UnitDictionaryController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "label",
                        "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "code",
                        "problem.dictionary.code_invalid"));

        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", uniqueLabel("重复代码")).param("code", "COAL_MINE"))
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "code",
                        "problem.dictionary.code_duplicate"));

        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("label", uniqueLabel("无类别")))
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "kind",
                        "problem.required"));

        mvc.perform(post("/dictionaries").with(TestPrincipal.office()).with(csrf())
                        .param("kind", "UNIT_TYPE").param("label", "类".repeat(65)))
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "label",
                        "problem.too_long"));
    }

    @Test
    void renameKeepsCodeAndAudits() throws Exception {
        String oldLabel = uniqueLabel("旧类型");
        long entryId = dictionaries.add(DictionaryKind.UNIT_TYPE, null, oldLabel);
        String code = dictionaries.find(entryId).code();
        String newLabel = uniqueLabel("新类型");

        mvc.perform(get("/dictionaries/{id}/edit", entryId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDictionaryController.FORM_VIEW))
                .andExpect(model().attribute("entry", dictionaries.find(entryId)));

        mvc.perform(post("/dictionaries/{id}", entryId).with(TestPrincipal.office()).with(csrf())
                        .param("label", newLabel).param("code", "HACKED"))
                .andExpect(redirectedUrl("/dictionaries"));

        DictionaryItemView entry = dictionaries.find(entryId);
        assertThat(entry.label()).isEqualTo(newLabel);
        assertThat(entry.code()).isEqualTo(code);
        assertThat(auditActions(entryId)).containsExactly("CREATE", "UPDATE");
        assertThat(auditChanges(entryId).get(1)).contains(oldLabel, newLabel).doesNotContain("HACKED");
    }

    @Test
    void renameRejectsTakenLabel() throws Exception {
        long entryId = dictionaries.add(DictionaryKind.SUPERVISION_MODE, null, uniqueLabel("改名方式"));

        mvc.perform(post("/dictionaries/{id}", entryId).with(TestPrincipal.office()).with(csrf())
                        .param("label", "驻场监管"))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDictionaryController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(UnitDictionaryController.FORM, "label",
                        "problem.dictionary.label_duplicate"));
    }

    @Test
    void moveSwapsNeighbours() throws Exception {
        long first = dictionaries.add(DictionaryKind.SUPERVISION_MODE, null, uniqueLabel("甲方式"));
        long second = dictionaries.add(DictionaryKind.SUPERVISION_MODE, null, uniqueLabel("乙方式"));

        mvc.perform(post("/dictionaries/{id}/move-up", second).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/dictionaries"));

        List<Long> order = ids(DictionaryKind.SUPERVISION_MODE);
        assertThat(order.indexOf(second)).isEqualTo(order.indexOf(first) - 1);
        assertThat(auditActions(second)).contains("UPDATE");
        assertThat(auditChanges(second).get(auditChanges(second).size() - 1)).contains("sortOrder");

        mvc.perform(post("/dictionaries/{id}/move-down", second).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/dictionaries"));

        order = ids(DictionaryKind.SUPERVISION_MODE);
        assertThat(order.indexOf(first)).isEqualTo(order.indexOf(second) - 1);
    }

    @Test
    void moveBeyondEndChangesNothing() {
        List<Long> before = ids(DictionaryKind.UNIT_TYPE);

        boolean moved = dictionaries.move(before.get(0), true);

        assertThat(moved).isFalse();
        assertThat(ids(DictionaryKind.UNIT_TYPE)).isEqualTo(before);
    }

    @Test
    void deactivateThenActivate() throws Exception {
        String label = uniqueLabel("停用类型");
        long entryId = dictionaries.add(DictionaryKind.UNIT_TYPE, null, label);

        mvc.perform(post("/dictionaries/{id}/deactivate", entryId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/dictionaries"))
                .andExpect(flash().attribute("success", "已停用“" + label + "”。"));

        assertThat(dictionaries.find(entryId).active()).isFalse();
        assertThat(dictionaries.activeEntries(DictionaryKind.UNIT_TYPE)).extracting(DictionaryItemView::id)
                .doesNotContain(entryId);
        assertThat(dictionaries.entries(DictionaryKind.UNIT_TYPE)).extracting(DictionaryItemView::id)
                .contains(entryId);

        mvc.perform(post("/dictionaries/{id}/deactivate", entryId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(flash().attribute("error", "“" + label + "”已经是停用状态。"));

        mvc.perform(post("/dictionaries/{id}/activate", entryId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/dictionaries"));

        assertThat(dictionaries.find(entryId).active()).isTrue();
        assertThat(auditActions(entryId)).containsExactly("CREATE", "DEACTIVATE", "ACTIVATE");
    }

    @Test
    void unknownEntryIsNotFound() throws Exception {
        mvc.perform(get("/dictionaries/{id}/edit", 987_654_321L).with(TestPrincipal.office()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/dictionaries/{id}/activate", 987_654_321L).with(TestPrincipal.office()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private DictionaryItemView findByLabel(DictionaryKind kind, String label) {
        return dictionaries.entries(kind).stream().filter(e -> e.label().equals(label)).findFirst().orElseThrow();
    }

    private List<Long> ids(DictionaryKind kind) {
        return dictionaries.entries(kind).stream().map(DictionaryItemView::id).toList();
    }

    private List<String> auditActions(long entryId) {
        return jdbc.queryForList("select action from audit_log where object_type = 'unit_dictionary' "
                + "and object_id = ? order by id", String.class, Long.toString(entryId));
    }

    private List<String> auditChanges(long entryId) {
        return jdbc.queryForList("select changes::text from audit_log where object_type = 'unit_dictionary' "
                + "and object_id = ? order by id", String.class, Long.toString(entryId));
    }

    private static String uniqueLabel(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}

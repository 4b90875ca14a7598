package cn.overloadcontrol.region.web;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.region.AreaAdminService;
import cn.overloadcontrol.region.AreaFields;
import cn.overloadcontrol.region.AreaKind;
import cn.overloadcontrol.region.AreaView;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@IntegrationTest
class AreaControllerTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    AreaAdminService areaAdmin;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void listShowsSeededAreas() throws Exception {
        MvcResult result = mvc.perform(get("/areas").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaController.LIST_VIEW))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<AreaView> areas = (List<AreaView>) result.getModelAndView().getModel().get("areas");
        assertThat(areas).extracting(AreaView::name).contains("北城街道", "米山镇", "原村乡", "高平经济技术开发区");
        assertThat(result.getResponse().getContentAsString()).contains("高平经济技术开发区", "140581K01");
    }

    @Test
    void pagesForbiddenWithoutPermission() throws Exception {
        long areaId = regions.findByCode("140581101").orElseThrow().id();
        var town = TestPrincipal.town(areaId);
        var enforcement = TestPrincipal.as(Role.ENFORCEMENT_OFFICER, DataScope.ALL);

        mvc.perform(get("/areas").with(town)).andExpect(status().isForbidden());
        mvc.perform(get("/areas").with(enforcement)).andExpect(status().isForbidden());
        mvc.perform(get("/areas/new").with(TestPrincipal.auditor())).andExpect(status().isForbidden());
        mvc.perform(get("/areas/{id}/edit", areaId).with(town)).andExpect(status().isForbidden());
    }

    @Test
    void changesForbiddenWithoutPermission() throws Exception {
        long areaId = areaAdmin.create(new AreaFields(uniqueCode(), uniqueName("禁改区"), AreaKind.OTHER, 500));
        var town = TestPrincipal.town(areaId);

        mvc.perform(post("/areas").with(town).with(csrf())
                        .param("code", uniqueCode()).param("name", uniqueName("越权区"))
                        .param("kind", "OTHER").param("sortOrder", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/areas/{id}/deactivate", areaId).with(town).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(regions.findById(areaId).orElseThrow().active()).isTrue();
    }

    @Test
    void anonymousRedirectedToLogin() throws Exception {
        mvc.perform(get("/areas")).andExpect(status().is3xxRedirection());
    }

    @Test
    void newFormProposesOtherKindAtEnd() throws Exception {
        int maxSortOrder = regions.allAreas().stream().mapToInt(AreaView::sortOrder).max().orElse(0);

        MvcResult result = mvc.perform(get("/areas/new").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andReturn();

        AreaForm form = (AreaForm) result.getModelAndView().getModel().get(AreaController.FORM);
        assertThat(form.getKind()).isEqualTo(AreaKind.OTHER);
        assertThat(form.getSortOrder()).isGreaterThan(maxSortOrder);
    }

    @Test
    void createStoresNonStatutoryAreaAndAudits() throws Exception {
        String code = uniqueCode();
        String name = uniqueName("高平新材料产业园");

        mvc.perform(post("/areas").with(TestPrincipal.office()).with(csrf())
                        .param("code", " " + code + " ").param("name", name)
                        .param("kind", "OTHER").param("sortOrder", "200"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/areas"))
                .andExpect(flash().attribute("success", "已新增区域“" + name + "”。"));

        AreaView area = regions.findByCode(code).orElseThrow();
        assertThat(area.name()).isEqualTo(name);
        assertThat(area.statutory()).isFalse();
        assertThat(area.active()).isTrue();
        assertThat(area.sortOrder()).isEqualTo(200);
        assertThat(auditActions(area.id())).containsExactly("CREATE");
        assertThat(auditChanges(area.id()).get(0)).contains("\"code\"", code, name);
    }

    @Test
    void createRejectsDuplicateCodeAndName() throws Exception {
        AreaView mishan = regions.findByCode("140581101").orElseThrow();

        mvc.perform(post("/areas").with(TestPrincipal.office()).with(csrf())
                        .param("code", mishan.code()).param("name", mishan.name())
                        .param("kind", "TOWN").param("sortOrder", "15"))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "code",
                        "problem.area.code_duplicate"))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "name",
                        "problem.area.name_duplicate"));

        assertThat(regions.allAreas()).filteredOn(area -> area.name().equals(mishan.name())).hasSize(1);
    }

    @Test
    void createShowsChineseErrorNamingValue() throws Exception {
        String body = mvc.perform(post("/areas").with(TestPrincipal.office()).with(csrf())
                        .param("code", "140581101").param("name", uniqueName("重复代码区"))
                        .param("kind", "OTHER").param("sortOrder", "15"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("区域代码“140581101”已被区域“米山镇”使用");
    }

    @Test
    void createRejectsMissingFields() throws Exception {
        mvc.perform(post("/areas").with(TestPrincipal.office()).with(csrf())
                        .param("code", "  ").param("name", "").param("kind", "").param("sortOrder", ""))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "code", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "name", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "kind", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "sortOrder",
                        "problem.required"));
    }

    @Test
    void createRejectsInvalidValues() throws Exception {
        mvc.perform(post("/areas").with(TestPrincipal.office()).with(csrf())
                        .param("code", "1405810000001").param("name", uniqueName("长代码区"))
                        .param("kind", "OTHER").param("sortOrder", "-1"))
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "code", "problem.too_long"))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "sortOrder",
                        "problem.number.out_of_range"))
                .andExpect(content().string(containsString("应在 0 到 99999 之间")));

        mvc.perform(post("/areas").with(TestPrincipal.office()).with(csrf())
                        .param("code", uniqueCode()).param("name", uniqueName("非数字排序区"))
                        .param("kind", "OTHER").param("sortOrder", "十"))
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasFieldErrorCode(AreaController.FORM, "sortOrder", "typeMismatch"));
    }

    @Test
    void editFormShowsStoredValues() throws Exception {
        String name = uniqueName("编辑测试区");
        long areaId = areaAdmin.create(new AreaFields(uniqueCode(), name, AreaKind.OTHER, 300));

        MvcResult result = mvc.perform(get("/areas/{id}/edit", areaId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andReturn();

        AreaForm form = (AreaForm) result.getModelAndView().getModel().get(AreaController.FORM);
        assertThat(form.getName()).isEqualTo(name);
        assertThat(form.getSortOrder()).isEqualTo(300);
        assertThat(form.getVersion()).isNotNull();
    }

    @Test
    void updateChangesFieldsAndAudits() throws Exception {
        String oldName = uniqueName("旧名区");
        String code = uniqueCode();
        long areaId = areaAdmin.create(new AreaFields(code, oldName, AreaKind.OTHER, 300));
        long version = areaAdmin.findForEdit(areaId).version();
        String newName = uniqueName("新名区");

        mvc.perform(post("/areas/{id}", areaId).with(TestPrincipal.office()).with(csrf())
                        .param("code", code).param("name", newName).param("kind", "TOWN")
                        .param("sortOrder", "310").param("version", Long.toString(version)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/areas"));

        AreaView area = regions.findById(areaId).orElseThrow();
        assertThat(area.name()).isEqualTo(newName);
        assertThat(area.kind()).isEqualTo(AreaKind.TOWN);
        assertThat(area.sortOrder()).isEqualTo(310);
        assertThat(area.statutory()).isFalse();
        assertThat(auditActions(areaId)).containsExactly("CREATE", "UPDATE");
        String changes = auditChanges(areaId).get(1);
        assertThat(changes).contains(oldName, newName, "\"kind\"", "\"sortOrder\"").doesNotContain("\"code\"");
    }

    @Test
    void updateRejectsStaleVersion() throws Exception {
        String name = uniqueName("并发区");
        String code = uniqueCode();
        long areaId = areaAdmin.create(new AreaFields(code, name, AreaKind.OTHER, 300));
        long version = areaAdmin.findForEdit(areaId).version();
        areaAdmin.update(areaId, version, new AreaFields(code, name, AreaKind.OTHER, 301));

        mvc.perform(post("/areas/{id}", areaId).with(TestPrincipal.office()).with(csrf())
                        .param("code", code).param("name", uniqueName("覆盖区")).param("kind", "OTHER")
                        .param("sortOrder", "302").param("version", Long.toString(version)))
                .andExpect(status().isOk())
                .andExpect(view().name(AreaController.FORM_VIEW))
                .andExpect(model().attributeHasErrors(AreaController.FORM));

        assertThat(regions.findById(areaId).orElseThrow().name()).isEqualTo(name);
    }

    @Test
    void deactivateThenActivate() throws Exception {
        String name = uniqueName("停用区");
        long areaId = areaAdmin.create(new AreaFields(uniqueCode(), name, AreaKind.OTHER, 300));

        mvc.perform(post("/areas/{id}/deactivate", areaId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/areas"))
                .andExpect(flash().attribute("success", "已停用区域“" + name + "”。"));

        assertThat(regions.findById(areaId).orElseThrow().active()).isFalse();
        assertThat(regions.activeAreas()).extracting(AreaView::id).doesNotContain(areaId);
        assertThat(regions.allAreas()).extracting(AreaView::id).contains(areaId);

        mvc.perform(post("/areas/{id}/deactivate", areaId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(flash().attribute("error", "区域“" + name + "”已经是停用状态。"));

        mvc.perform(post("/areas/{id}/activate", areaId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/areas"));

        assertThat(regions.activeAreas()).extracting(AreaView::id).contains(areaId);
        assertThat(auditActions(areaId)).containsExactly("CREATE", "DEACTIVATE", "ACTIVATE");
    }

    @Test
    void unknownAreaIsNotFound() throws Exception {
        mvc.perform(get("/areas/{id}/edit", 987_654_321L).with(TestPrincipal.office()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/areas/{id}/deactivate", 987_654_321L).with(TestPrincipal.office()).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private List<String> auditActions(long areaId) {
        return jdbc.queryForList("select action from audit_log where object_type = 'area' and object_id = ? "
                + "order by id", String.class, Long.toString(areaId));
    }

    private List<String> auditChanges(long areaId) {
        return jdbc.queryForList("select changes::text from audit_log where object_type = 'area' and object_id = ? "
                + "order by id", String.class, Long.toString(areaId));
    }

    /** Returns a code of at most 12 characters that no other test uses. */
    static String uniqueCode() {
        return "T" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 50), 36).toUpperCase();
    }

    static String uniqueName(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

}

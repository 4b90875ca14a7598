package cn.overloadcontrol.sourceunit.web;

import java.util.List;

import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.LedgerTestData;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitRow;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.overloadcontrol.sourceunit.LedgerTestData.uniqueMarker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
class UnitListWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService service;

    LedgerTestData data;
    String marker;
    long mishan;
    long mishanMine;
    long sanjiaMine;

    @BeforeEach
    void setUp() {
        data = new LedgerTestData(regions, service);
        marker = uniqueMarker();
        mishan = data.areaId("140581101");
        mishanMine = data.createUnit("米山列表煤矿" + marker, "140581101");
        sanjiaMine = data.createUnit("三甲列表煤矿" + marker, "140581102");
    }

    @SuppressWarnings("unchecked")
    private static List<Long> idsOnPage(MvcResult result) {
        Page<UnitRow> page = (Page<UnitRow>) result.getModelAndView().getModel().get("page");
        return page.getContent().stream().map(UnitRow::id).toList();
    }

    @Test
    void listShowsMatchingUnits() throws Exception {
        MvcResult result = mvc.perform(get("/units").param("keyword", marker).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitListController.LIST_VIEW))
                .andExpect(model().attributeExists("page", "filter", "areas", "unitTypes", "statuses"))
                .andExpect(content().string(containsString("米山列表煤矿" + marker)))
                .andExpect(content().string(not(containsString("??"))))
                .andReturn();

        assertThat(idsOnPage(result)).containsExactlyInAnyOrder(mishanMine, sanjiaMine);
    }

    @Test
    void pagePastTheEndShowsTheLastPage() throws Exception {
        MvcResult result = mvc.perform(get("/units").param("keyword", marker).param("page", "999")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(idsOnPage(result)).containsExactlyInAnyOrder(mishanMine, sanjiaMine);
        assertThat(((UnitFilter) result.getModelAndView().getModel().get("filter")).getPage()).isZero();
    }

    @Test
    void listFiltersByArea() throws Exception {
        MvcResult result = mvc.perform(get("/units").param("keyword", marker).param("areaId", Long.toString(mishan))
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(idsOnPage(result)).containsExactly(mishanMine);
    }

    @Test
    void htmxRequestGetsOnlyTable() throws Exception {
        mvc.perform(get("/units").param("keyword", marker).header("HX-Request", "true").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitListController.TABLE_VIEW))
                .andExpect(content().string(containsString("id=\"unit-table\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void htmxHistoryRestoreGetsWholePage() throws Exception {
        mvc.perform(get("/units").header("HX-Request", "true").header("HX-History-Restore-Request", "true")
                        .with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitListController.LIST_VIEW));
    }

    @Test
    void linksKeepFiltersAndSort() throws Exception {
        mvc.perform(get("/units").param("keyword", marker).param("areaId", Long.toString(mishan))
                        .param("sort", "name").param("dir", "asc").with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "/units/export.xlsx?keyword=" + marker + "&amp;areaId=" + mishan + "\"")))
                .andExpect(content().string(containsString(
                        "/units?keyword=" + marker + "&amp;areaId=" + mishan + "&amp;sort=name&amp;dir=desc")));
    }

    @Test
    void townStaffListOnlyOwnArea() throws Exception {
        MvcResult result = mvc.perform(get("/units").param("keyword", marker).with(TestPrincipal.town(mishan)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("三甲列表煤矿" + marker))))
                .andReturn();

        assertThat(idsOnPage(result)).containsExactly(mishanMine);
    }

    @Test
    void enterpriseUserListsOnlyOwnUnit() throws Exception {
        MvcResult result = mvc.perform(get("/units").with(TestPrincipal.enterprise(sanjiaMine)))
                .andExpect(status().isOk())
                .andReturn();

        assertThat(idsOnPage(result)).containsExactly(sanjiaMine);
    }

    @Test
    void officeSeesActionButtons() throws Exception {
        mvc.perform(get("/units").param("keyword", marker).with(TestPrincipal.office()))
                .andExpect(content().string(containsString("href=\"/units/new\"")))
                .andExpect(content().string(containsString("href=\"/units/import\"")))
                .andExpect(content().string(containsString("form=\"bulk-publish\"")))
                .andExpect(content().string(containsString("/units/export.xlsx")));
    }

    @Test
    void auditorSeesNoChangeButtons() throws Exception {
        mvc.perform(get("/units").param("keyword", marker).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/units/new\""))))
                .andExpect(content().string(not(containsString("href=\"/units/import\""))))
                .andExpect(content().string(not(containsString("bulk-publish"))))
                .andExpect(content().string(containsString("/units/export.xlsx")));
    }

    @Test
    void bulkPublishReportsEachRejectedUnit() throws Exception {
        long incomplete = data.createUnit(LedgerTestData.withoutSupervision(data.completeFields("缺监管" + marker)));

        mvc.perform(post("/units/publish").param("ids", Long.toString(mishanMine), Long.toString(incomplete))
                        .param("keyword", marker).param("sort", "name").param("dir", "asc")
                        .with(TestPrincipal.office()).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/units?keyword=" + marker + "&sort=name&dir=asc&page=0"))
                .andExpect(flash().attribute("success", "已公示 1 个单位。"))
                .andExpect(flash().attribute("error", containsString("缺监管" + marker)))
                .andExpect(flash().attribute("error", containsString("监管方式")));

        MvcResult published = mvc.perform(get("/units").param("keyword", marker).param("published", "true")
                .with(TestPrincipal.office())).andReturn();
        assertThat(idsOnPage(published)).containsExactly(mishanMine);
    }

    @Test
    void bulkPublishSkipsUnitsOutsideScope() throws Exception {
        mvc.perform(post("/units/publish").param("ids", Long.toString(sanjiaMine))
                        .with(TestPrincipal.as(cn.overloadcontrol.identity.Role.SYSTEM_ADMIN,
                                cn.overloadcontrol.common.security.DataScope.areas(java.util.Set.of(mishan))))
                        .with(csrf()))
                .andExpect(flash().attribute("success", "已公示 0 个单位。"))
                .andExpect(flash().attribute("error", containsString("不在您的管辖范围内")));
    }

    @Test
    void bulkPublishWithoutSelectionAsksForOne() throws Exception {
        mvc.perform(post("/units/publish").with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/units?sort=updated&dir=desc&page=0"))
                .andExpect(flash().attribute("error", "请先勾选要公示的单位。"));
    }

    @Test
    void auditorCannotBulkPublish() throws Exception {
        mvc.perform(post("/units/publish").param("ids", Long.toString(mishanMine))
                        .with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/units")).andExpect(status().is3xxRedirection());
    }
}

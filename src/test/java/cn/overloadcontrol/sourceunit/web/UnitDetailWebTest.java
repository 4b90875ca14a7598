package cn.overloadcontrol.sourceunit.web;

import java.time.LocalDate;

import cn.overloadcontrol.common.security.DataScope;
import cn.overloadcontrol.identity.Role;
import cn.overloadcontrol.region.RegionService;
import cn.overloadcontrol.sourceunit.LedgerTestData;
import cn.overloadcontrol.sourceunit.SourceUnitQueries;
import cn.overloadcontrol.sourceunit.SourceUnitService;
import cn.overloadcontrol.sourceunit.UnitDetail;
import cn.overloadcontrol.sourceunit.UnitStatus;
import cn.overloadcontrol.support.IntegrationTest;
import cn.overloadcontrol.support.TestPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
class UnitDetailWebTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    RegionService regions;

    @Autowired
    SourceUnitService service;

    @Autowired
    SourceUnitQueries queries;

    LedgerTestData data;
    String name;
    long mishan;
    long unitId;

    @BeforeEach
    void setUp() {
        data = new LedgerTestData(regions, service);
        mishan = data.areaId("140581101");
        name = "详情煤矿" + uniqueMarker();
        unitId = data.createUnit(name, "140581101");
    }

    private UnitDetail detailAsOffice(long id) {
        return LedgerTestData.as(Role.OFFICE_STAFF, DataScope.ALL, () -> queries.detail(id));
    }

    @Test
    void detailShowsFieldsDatesAndHistory() throws Exception {
        service.changeStatus(unitId, UnitStatus.SUSPENDED, LocalDate.of(2026, 1, 10), "环保整改停产");

        mvc.perform(get("/units/{id}", unitId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDetailController.DETAIL_VIEW))
                .andExpect(model().attributeExists("detail"))
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("米山镇")))
                .andExpect(content().string(containsString("联网监控")))
                .andExpect(content().string(containsString("在营 → 停产")))
                .andExpect(content().string(containsString("2026-01-10")))
                .andExpect(content().string(containsString("环保整改停产")))
                .andExpect(content().string(containsString("登记时间")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void detailShowsButtonsByPermission() throws Exception {
        mvc.perform(get("/units/{id}", unitId).with(TestPrincipal.office()))
                .andExpect(content().string(containsString("/units/" + unitId + "/edit")))
                .andExpect(content().string(containsString("/units/" + unitId + "/status")))
                .andExpect(content().string(containsString("/units/" + unitId + "/publish")));
        mvc.perform(get("/units/{id}", unitId).with(TestPrincipal.auditor()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/units/" + unitId + "/edit"))))
                .andExpect(content().string(not(containsString("/units/" + unitId + "/status"))))
                .andExpect(content().string(not(containsString("/units/" + unitId + "/publish"))));
    }

    @Test
    void townStaffGetNotFoundForOtherTown() throws Exception {
        long sanjia = data.areaId("140581102");

        mvc.perform(get("/units/{id}", unitId).with(TestPrincipal.town(sanjia)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/units/{id}", unitId).with(TestPrincipal.town(mishan)))
                .andExpect(status().isOk());
    }

    @Test
    void enterpriseUserSeesOnlyOwnUnit() throws Exception {
        long other = data.createUnit("他人企业" + uniqueMarker(), "140581101");

        mvc.perform(get("/units/{id}", unitId).with(TestPrincipal.enterprise(unitId))).andExpect(status().isOk());
        mvc.perform(get("/units/{id}", other).with(TestPrincipal.enterprise(unitId))).andExpect(status().isNotFound());
    }

    @Test
    void unknownUnitIsNotFound() throws Exception {
        mvc.perform(get("/units/{id}", 987_654_321L).with(TestPrincipal.office())).andExpect(status().isNotFound());
    }

    @Test
    void statusFormOffersOtherStatuses() throws Exception {
        mvc.perform(get("/units/{id}/status", unitId).with(TestPrincipal.office()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDetailController.STATUS_VIEW))
                .andExpect(model().attributeExists("statusChangeForm", "detail"))
                .andExpect(model().attribute("statuses", java.util.List.of(UnitStatus.SUSPENDED, UnitStatus.CLOSED,
                        UnitStatus.DEREGISTERED)));
    }

    @Test
    void statusChangeNeedsEveryField() throws Exception {
        mvc.perform(post("/units/{id}/status", unitId).param("effectiveDate", "").with(TestPrincipal.office())
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(UnitDetailController.STATUS_VIEW))
                .andExpect(model().attributeHasFieldErrorCode("statusChangeForm", "status", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("statusChangeForm", "effectiveDate", "problem.required"))
                .andExpect(model().attributeHasFieldErrorCode("statusChangeForm", "reason", "problem.required"));
    }

    @Test
    void statusChangeRejectsBadDateAndSameStatus() throws Exception {
        mvc.perform(post("/units/{id}/status", unitId).param("status", "OPERATING").param("effectiveDate", "2026-13-40")
                        .param("reason", "无变化").with(TestPrincipal.office()).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("statusChangeForm", "status", "problem.status.unchanged"))
                .andExpect(model().attributeHasFieldErrorCode("statusChangeForm", "effectiveDate", "typeMismatch"));
    }

    @Test
    void statusChangeIsSavedWithHistory() throws Exception {
        mvc.perform(post("/units/{id}/status", unitId).param("status", "CLOSED").param("effectiveDate", "2026-06-30")
                        .param("reason", " 矿井关闭 ").with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/units/" + unitId))
                .andExpect(flash().attribute("success", containsString("关闭")));

        UnitDetail detail = detailAsOffice(unitId);
        assertThat(detail.unit().status()).isEqualTo(UnitStatus.CLOSED);
        assertThat(detail.statusHistory().get(0).effectiveDate()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(detail.statusHistory().get(0).reason()).isEqualTo("矿井关闭");
        assertThat(detail.statusHistory().get(0).changedBy()).isEqualTo("test-office_staff");
    }

    @Test
    void publishWithoutSupervisorShowsReason() throws Exception {
        long incomplete = data.createUnit(LedgerTestData.withoutSupervision(data.completeFields("未配监管" + uniqueMarker())));

        mvc.perform(post("/units/{id}/publish", incomplete).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/units/" + incomplete))
                .andExpect(flash().attribute("error", containsString("监管方式、监管责任人")))
                .andExpect(flash().attribute("error", containsString("：公示前必须填写监管方式")))
                .andExpect(flash().attribute("error", not(containsString("；"))));

        assertThat(detailAsOffice(incomplete).unit().published()).isFalse();
    }

    @Test
    void publishAndUnpublish() throws Exception {
        mvc.perform(post("/units/{id}/publish", unitId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(redirectedUrl("/units/" + unitId))
                .andExpect(flash().attribute("success", containsString("已列入公示名单")));
        UnitDetail published = detailAsOffice(unitId);

        mvc.perform(post("/units/{id}/unpublish", unitId).with(TestPrincipal.office()).with(csrf()))
                .andExpect(flash().attribute("success", containsString("已移出公示名单")));

        assertThat(published.unit().published()).isTrue();
        assertThat(published.unit().publishedOn()).isNotNull();
        assertThat(detailAsOffice(unitId).unit().published()).isFalse();
    }

    @Test
    void auditorCannotChangeAnything() throws Exception {
        mvc.perform(post("/units/{id}/publish", unitId).with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{id}/unpublish", unitId).with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/units/{id}/status", unitId).param("status", "CLOSED").param("effectiveDate", "2026-06-30")
                        .param("reason", "越权").with(TestPrincipal.auditor()).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/units/{id}/status", unitId).with(TestPrincipal.auditor())).andExpect(status().isForbidden());

        assertThat(detailAsOffice(unitId).unit().status()).isEqualTo(UnitStatus.OPERATING);
    }

    @Test
    void townStaffCannotPublish() throws Exception {
        mvc.perform(post("/units/{id}/publish", unitId).with(TestPrincipal.town(mishan)).with(csrf()))
                .andExpect(status().isForbidden());
    }
}
